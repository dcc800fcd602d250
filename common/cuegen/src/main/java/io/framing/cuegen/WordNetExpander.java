package io.framing.cuegen;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Widens a concept seed through WordNet: the lemmas of its first {@code senses} synsets
 * (synonyms) and the words WordNet derives from the seed in those senses ("aggression" gives
 * "aggressive", "aggressor"), each with its inflections (a noun's plural, a verb's -s, past and
 * -ing forms: WordNet's own exception list for irregular forms, English spelling rules for the
 * rest). Only the seed's own derivations are followed, not its synonyms', so that a rare sense of
 * a synonym cannot carry a cue away from the concept.
 *
 * <p>Not thread-safe in use (extJWNL's dictionary caches); the generator runs on one thread.
 */
public final class WordNetExpander {
  private final Dictionary wordnet;
  private final Map<String, Set<String>> irregularVerbForms;
  private final Map<String, Set<String>> irregularPlurals;
  /** Irregular plurals themselves ("children"): already inflected, not pluralised again. */
  private final Set<String> pluralForms;

  public WordNetExpander(Dictionary wordnet) throws JWNLException {
    this.wordnet = wordnet;
    this.irregularVerbForms = irregularForms(wordnet, POS.VERB);
    this.irregularPlurals = irregularForms(wordnet, POS.NOUN);
    this.pluralForms = new TreeSet<>();
    irregularPlurals.values().forEach(pluralForms::addAll);
  }

  /** The cues of one seed, the seed's own first, in a fixed order; duplicates are left in. */
  public List<GeneratedCue> expand(ConceptSeed seed) throws JWNLException {
    POS pos = POS.getPOSForKey(String.valueOf(seed.pos()));
    Map<String, String> lemmas = new LinkedHashMap<>(); // lemma -> provenance, first kept
    Map<String, POS> lemmaPos = new LinkedHashMap<>();
    lemmas.put(seed.seed(), "seed " + seed.seed() + "." + seed.pos());
    lemmaPos.put(seed.seed(), pos);
    IndexWord index = seed.senses() == 0 ? null : wordnet.getIndexWord(pos, seed.seed());
    if (index != null) {
      List<Synset> senses = index.getSenses();
      for (int k = 0; k < Math.min(seed.senses(), senses.size()); k++) {
        Synset synset = senses.get(k);
        String where = "wn31 " + synsetId(synset) + " (" + seed.seed() + "." + seed.pos() + " sense " + (k + 1) + ")";
        for (Word w : synset.getWords()) {
          add(lemmas, lemmaPos, w.getLemma(), pos, where + " synonym");
          if (w.getLemma().equalsIgnoreCase(seed.seed())) {
            for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
              // A derivation is a lexical pointer: its target is a word, not a whole synset.
              if (p.getTarget() instanceof Word target) {
                add(lemmas, lemmaPos, target.getLemma(), target.getPOS(),
                    where + " derivation " + synsetId(target.getSynset()));
              }
            }
          }
        }
      }
    }
    List<GeneratedCue> out = new ArrayList<>();
    for (Map.Entry<String, String> e : lemmas.entrySet()) {
      String lemma = e.getKey();
      POS p = lemmaPos.get(e.getKey());
      if (seed.exclude().contains(lemma)) {
        continue;
      }
      out.add(cue(seed, lemma, e.getValue()));
      for (Map.Entry<String, String> form : inflections(lemma, p).entrySet()) {
        if (!seed.exclude().contains(form.getKey())) {
          out.add(cue(seed, form.getKey(), e.getValue() + "; " + form.getValue()));
        }
      }
    }
    return out;
  }

  private static GeneratedCue cue(ConceptSeed seed, String text, String provenance) {
    return new GeneratedCue(seed.frame(), text, text.contains(" ") ? "phrase" : "word", seed.concept(), provenance);
  }

  /** Keeps lower-case words only: a capitalised lemma is a name, not the concept. */
  private static void add(Map<String, String> lemmas, Map<String, POS> lemmaPos, String lemma, POS pos, String where) {
    String l = lemma.replace('_', ' ');
    if (!l.equals(l.toLowerCase(Locale.ROOT)) || l.length() < 3 || !l.matches("[a-z' -]+")) {
      return;
    }
    if (lemmas.putIfAbsent(l, where) == null) {
      lemmaPos.put(l, pos);
    }
  }

  /** The inflected forms of {@code lemma} with the rule that made each (the head word inflects). */
  Map<String, String> inflections(String lemma, POS pos) {
    Map<String, String> forms = new LinkedHashMap<>();
    String[] words = lemma.split(" ");
    if (pos == POS.NOUN) {
      // The head of "soldier of fortune" is "soldier"; of "arms supplies", the last word.
      int of = java.util.Arrays.asList(words).indexOf("of");
      int head = of > 0 ? of - 1 : words.length - 1;
      String h = words[head];
      Set<String> irregular = irregularPlurals.getOrDefault(h, Set.of());
      // A word ending in -s other than -ss ("talks", "news", "arms") is taken as already plural
      // or uncountable, as is an irregular plural ("children").
      boolean inflected = (h.endsWith("s") && !h.endsWith("ss")) || pluralForms.contains(h);
      if (!inflected) {
        for (String f : irregular.isEmpty() ? Set.of(Inflections.plural(h)) : irregular) {
          String[] w = words.clone();
          w[head] = f;
          forms.put(String.join(" ", w), irregular.isEmpty() ? "plural" : "irregular plural (WordNet exception list)");
        }
      }
    } else if (pos == POS.VERB) {
      String head = words[0];
      Set<String> irregular = irregularVerbForms.getOrDefault(head, Set.of());
      for (String f : irregular) {
        forms.put(with(words, f), "irregular form (WordNet exception list)");
      }
      forms.putIfAbsent(with(words, Inflections.plural(head)), "3rd person -s");
      // Regular too: a verb of several senses can be irregular in one and regular in another
      // ("lie": "lay" lying down, "lied" telling lies); a wrong regular form never matches text.
      forms.putIfAbsent(with(words, Inflections.past(head)), "past -ed");
      forms.putIfAbsent(with(words, Inflections.gerund(head)), "-ing");
    }
    forms.remove(lemma);
    return forms;
  }

  private static String with(String[] words, String head) {
    String[] w = words.clone();
    w[0] = head;
    return String.join(" ", w);
  }

  private static String synsetId(Synset s) {
    return s.getPOS().getKey() + String.format(Locale.ROOT, "%08d", s.getOffset());
  }

  /** Base form -> its irregular inflected forms, from WordNet's exception list. */
  private static Map<String, Set<String>> irregularForms(Dictionary wordnet, POS pos) throws JWNLException {
    Map<String, Set<String>> byBase = new LinkedHashMap<>();
    Iterator<Exc> it = wordnet.getExceptionIterator(pos);
    while (it.hasNext()) {
      Exc exc = it.next();
      for (String base : exc.getExceptions()) {
        byBase.computeIfAbsent(base, b -> new TreeSet<>()).add(exc.getLemma());
      }
    }
    return byBase;
  }
}
