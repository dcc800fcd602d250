package io.framing.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Sentence templates of the synthetic corpus, written for the generator (not taken from any
 * corpus). They imitate the kinds of sentence the dev set holds: acts with a relation cue in
 * active and passive voice, reported and quoted speech, negated acts, narrator-reported
 * strikes, tweets in the first person with handles and hashtags, and neutral filler.
 *
 * <p>Slots: {@code {A}} a speaking actor, {@code {T}}/{@code {T2}} targets, {@code {F}} armed
 * forces of a country, {@code {P}}/{@code {P2}} places, {@code {C}}/{@code {C2}} country names,
 * {@code {CAP}} a capital, {@code {D}} a date phrase, {@code {H}} a known account's handle,
 * {@code {N}} a small number.
 */
final class Templates {
  private Templates() {}

  /** Article sentences meant to carry an actor and a relation cue. */
  static final List<String> ARTICLE_ACTS = List.of(
      // appeals
      "{A} called on {T} to halt the fighting and go back to the negotiating table.",
      "{A} urged {T} and {T2} to respect the humanitarian truce agreed in Moscow.",
      "In a phone call {D}, {A} urged {T} to show maximum restraint.",
      "{A} appealed to {T} to let aid convoys reach {P}.",
      "{T} was urged by {A} to pull its heavy weapons back from the front.",
      "{A} asked {T} to open a safe corridor for families leaving {P}.",
      "{A} said it would keep pressing {T} to honour its commitments.",
      "{A} encouraged {T} to resume talks under the co-chairs' auspices.",
      // demands
      "{A} demanded that {T} withdraw its units from around {P}.",
      "{A} said {T} must stop shelling residential areas at once.",
      "{A} demanded an explanation from {T} about the strike on {P}.",
      // warnings
      "{A} warned {T} against dragging other countries into the conflict.",
      "{A} warned that any further attack on {P} would meet a firm response.",
      "{T} was warned by {A} not to test the patience of its neighbours.",
      "{A} threatened {T} with sanctions if the shelling of {P} continued.",
      // condemnation
      "{A} condemned {T} over the overnight strikes on {P}.",
      "{A} strongly condemned what it called the deliberate targeting of civilians by {F}.",
      "{A} criticised {T} for sending mercenaries into the war zone.",
      "The shelling of {P} was condemned by {A} as a grave breach of the truce.",
      "{A} did not condemn {T}, saying only that the fighting had to end.",
      "{A} denounced the attack on the cathedral in {P} as barbaric.",
      // accusations
      "{A} accused {T} of breaking the truce within hours of its start.",
      "{A} blamed {T} for the collapse of the second ceasefire.",
      "{T} was accused by {A} of bringing in foreign fighters.",
      "According to {A}, {F} shelled {P} throughout the night.",
      "{A} said {F} had fired rockets at {P}, calling the strike a war crime.",
      "{A} held {T} responsible for the deaths of {N} civilians in {P}.",
      "{A} accused {T} of spreading disinformation about losses near {P}.",
      // rejection
      "{A} denied that its troops had struck {P}.",
      "{A} rejected the claims made by {T} as baseless.",
      "{A} dismissed reports of heavy losses near {P} as invented.",
      "{A} flatly denied the account given by {T} of the fighting around {P}.",
      "{A} refuted allegations that its drones had hit a hospital in {P}.",
      // support
      "{A} said it fully backs {T} in its effort to restore control over its territory.",
      "{A} pledged full support to {T} as the fighting entered its {N}th day.",
      "{A} praised {T} for agreeing to exchange the bodies of the fallen.",
      "{A} expressed solidarity with {T} during a visit to {CAP} {D}.",
      "{A} has openly backed {T} since the first day of the war.",
      "{A} thanked {T} for the humanitarian aid delivered to {P}.",
      // mediation
      "{A} offered to mediate between {C} and {C2}.",
      "{A} hosted talks between the foreign ministers of {C} and {C2} {D}.",
      "{A} said it was ready to help with talks between the two sides.",
      "Talks between {C} and {C2} were hosted by {A} in {CAP}.",
      // investigation
      "{A} said it was investigating reports that cluster munitions had been used in {P}.",
      "{A} opened a criminal case over the shelling of {P}.",
      "{A} said it would look into claims that {F} had executed prisoners.",
      // narrator-reported strikes
      "{F} shelled {P} overnight, local officials said.",
      "{P} was shelled by {F} for the second day running.",
      "{F} struck a bridge near {P} {D}.",
      "A drone flown by {F} hit a convoy on the road to {P}.",
      "{F} opened fire on positions near {P} shortly after midnight.",
      // speech
      "{A} said: \"We call on {T} to stop this senseless war.\"",
      "\"{T} must answer for what happened in {P},\" {A} told reporters {D}.",
      "{A} told a news conference that {T} had violated the truce again.");

  /** Article sentences with no relation cue, some naming an actor. */
  static final List<String> ARTICLE_FILLER = List.of(
      "The region has been run by ethnic Armenians since the early 1990s.",
      "Casualty figures from the front could not be checked independently.",
      "Heavy rain fell across the lowlands {D}.",
      "Schools in {P} stayed closed for another week.",
      "Many families spent the night in cellars and basements.",
      "Prices of fuel and bread rose sharply in local markets.",
      "The road between {P} and {P2} reopened in the afternoon.",
      "Journalists were taken to the front by military press officers.",
      "Hospitals reported a shortage of blood and bandages.",
      "The meeting lasted more than ten hours.",
      "{C} has a population of about {N} million.",
      "{A} is expected to travel to {CAP} next week.",
      "Officials gave no further details.",
      "Satellite images showed fresh craters near {P}.",
      "Volunteers collected warm clothes for displaced families.",
      "Power was cut in parts of {P} for several hours.",
      "A curfew stayed in force in the town.",
      "The truce was due to take effect at midnight local time.",
      "Negotiators met again {D} without a breakthrough.",
      "Both armies released footage of the fighting.",
      "{A} spoke to reporters after the meeting.",
      "Thousands of people gathered in central {CAP} in the evening.",
      "The war has driven tens of thousands of people from their homes.",
      "Snow is expected on the mountain passes by the end of the month.",
      "The old stone bridge outside {P} is more than a century old.",
      "Queues formed outside petrol stations in {CAP}.",
      "Mobile phone networks were patchy along the front.",
      "The next round of consultations has not been scheduled.",
      "{A} said the situation near {P} remained tense but under control.",
      "Residents of {P} told reporters they had not slept for days.",
      "{A} announced that the humanitarian truce would start at noon.",
      "A spokesman said the talks would continue {D}.",
      "{A} stressed that there was no military solution to the conflict.");

  /** Tweets' sentences meant to carry an actor and a relation cue. */
  static final List<String> TWEET_ACTS = List.of(
      "We call on the international community to condemn the shelling of {P}.",
      "I urge {H} to stop the attacks on civilians now.",
      "{H} stop the shelling of {P}!",
      "Shame on {T} for targeting schools and hospitals.",
      "{F} shelled {P} again tonight.",
      "Thank you {H} for standing with us.",
      "{A} denies everything, but the videos speak for themselves.",
      "{A} has accused {T} of hitting civilian areas in {P}.",
      "{T} attacked {P} with rockets this morning.",
      "{A} must stop lying about what happened in {P}.",
      "We strongly condemn the strike on {P} by {F}.",
      "{A} backs {T} and everyone knows it.",
      "Proud of {C} today.",
      "I thank {H} for the clear words on the war.",
      "{A} warned {T} today that there will be consequences.",
      "Civilians in {P} were shelled by {F} overnight.",
      "Calling on {H} to investigate the attack on {P}.",
      "{A} offered to mediate between {C} and {C2}, good news.");

  /** Tweets' sentences with no relation cue. */
  static final List<String> TWEET_FILLER = List.of(
      "Praying for everyone in {P} tonight.",
      "Another sleepless night in {P}.",
      "Breaking: {A} says a new humanitarian truce starts at noon.",
      "Reports of explosions near {P}, details unclear.",
      "Good conversation today with {H} about the region.",
      "Sirens again.",
      "The whole city is dark tonight.",
      "My cousin finally called from {P}, he is safe.",
      "Day {N} of the war.",
      "Long queues at the blood bank in {CAP} this morning.",
      "No internet in {P} since yesterday.",
      "Our thoughts are with the families who lost their homes.",
      "{A} says the roads to {P} are open again.");

  static final List<String> HEADLINES = List.of(
      "Fighting spreads along the Karabakh front", "Truce frays within hours", "Diplomats scramble to halt the war",
      "Shelling hits towns far from the front", "Moscow talks end in fragile truce", "Regional powers trade warnings",
      "Aid groups warn of growing crisis", "Claims and denials as the war enters a new week",
      "Leaders dig in as casualties mount", "New ceasefire announced after long talks");

  static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday");
  static final List<String> MONTHS = List.of("September", "October", "November");

  /** Fills a template's slots and capitalises its first letter. */
  static String fill(String template, Vocabulary v, SplittableRandom r) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    java.util.Map<String, String> used = new java.util.HashMap<>(4);
    int i = 0;
    while (i < template.length()) {
      char ch = template.charAt(i);
      if (ch != '{') {
        out.append(ch);
        i++;
        continue;
      }
      int close = template.indexOf('}', i);
      String slot = template.substring(i + 1, close);
      String value = slot(slot, v, r);
      if (slot.endsWith("2")) {
        // the second of a pair differs from the first ("between Armenia and Azerbaijan")
        String firstValue = used.get(slot.substring(0, slot.length() - 1));
        for (int tries = 0; tries < 8 && value.equals(firstValue); tries++) {
          value = slot(slot, v, r);
        }
      }
      used.put(slot, value);
      out.append(value);
      i = close + 1;
    }
    if (out.length() > 0 && Character.isLowerCase(out.charAt(0))) {
      out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    }
    return out.toString();
  }

  private static String slot(String slot, Vocabulary v, SplittableRandom r) {
    switch (slot) {
      case "A":
        return v.actor(r);
      case "T":
      case "T2":
        return v.target(r);
      case "F":
        return v.forces(r);
      case "P":
      case "P2":
        return v.place(r);
      case "C":
      case "C2":
        return v.country(r).name();
      case "CAP":
        return v.country(r).capital();
      case "H":
        return v.handle(r);
      case "N":
        return Integer.toString(2 + r.nextInt(40));
      case "D":
        return date(r);
      default:
        throw new IllegalArgumentException("unknown slot {" + slot + "}");
    }
  }

  private static String date(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return "on " + Vocabulary.pick(r, WEEKDAYS);
      case 1:
        return "on " + Vocabulary.pick(r, MONTHS) + " " + (1 + r.nextInt(28));
      case 2:
        return "late on " + Vocabulary.pick(r, WEEKDAYS);
      default:
        return "earlier this week";
    }
  }
}
