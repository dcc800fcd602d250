package io.framing.relations;

import static io.framing.relations.ExtractionFixture.article;
import static io.framing.relations.ExtractionFixture.keys;
import static io.framing.relations.ExtractionFixture.relations;
import static io.framing.relations.ExtractionFixture.tweet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The relation rules on sentences written for these tests, one behaviour at a time. */
class RelationExtractorTest {

  @Test
  void appeal() {
    assertEquals(List.of("FRA/GOV APPEAL ARM", "FRA/GOV APPEAL AZE"),
        keys(article("The French president on Monday urged Armenia and Azerbaijan to return to talks.")));
  }

  @Test
  void demandFromAReportingVerbAndAModal() {
    assertEquals(List.of("GEO/GOV DEMAND RUS"),
        keys(article("Georgia's Foreign Ministry demanded that Russia close its airspace to the convoys.")));
    assertEquals(List.of("AZE/GOV DEMAND ARM"),
        keys(article("Ilham Aliyev said on television that Armenian troops must leave the occupied districts.")));
  }

  @Test
  void warnWithAndWithoutATarget() {
    assertEquals(List.of("RUS/GOV WARN TUR"), keys(article("The Kremlin warned Ankara against sending more drones.")));
    assertEquals(List.of("USA/GOV WARN -"),
        keys(article("The State Department warned that outside meddling would only deepen the crisis.")));
  }

  @Test
  void condemnAndShameOn() {
    assertEquals(List.of("IRN/GOV CONDEMN AZE"), keys(article("Iran condemned Baku for the shelling near its border.")));
    assertEquals(List.of("ARM/CVL CONDEMN AZE"),
        keys(tweet("vardan_gyumri", "Vardan", "Shame on Azerbaijan for bombing our schools.")));
  }

  @Test
  void accuseInActiveAndPassiveVoice() {
    assertEquals(List.of("ARM/GOV ACCUSE TUR"),
        keys(article("Armenia's Foreign Ministry accused Turkey of flying drones over Stepanakert.")));
    assertEquals(List.of("AZE/GOV ACCUSE ARM"),
        keys(article("Yerevan was accused by Baku of hiding artillery in villages.")));
  }

  @Test
  void rejectOfAnEarlierClaimTargetsWhoeverMadeIt() {
    List<String> k = keys(article("Turkey's Defence Ministry accused Armenia of using child soldiers. "
        + "Yerevan flatly rejected the claim."));
    assertTrue(k.contains("ARM/GOV REJECT TUR"), k.toString());
  }

  @Test
  void support() {
    assertEquals(List.of("PAK/GOV SUPPORT AZE"),
        keys(article("Pakistan's Foreign Office said Islamabad stood with its Azerbaijani brothers.")));
  }

  @Test
  void mediateBetweenNamedPartiesOrNone() {
    assertEquals(List.of("KAZ/GOV MEDIATE ARM", "KAZ/GOV MEDIATE AZE"),
        keys(article("Kazakhstan offered to mediate between Armenia and Azerbaijan.")));
    assertEquals(List.of("SWE/GOV MEDIATE -"), keys(article("Sweden offered to mediate.")));
  }

  @Test
  void investigate() {
    assertEquals(List.of("ARM/GOV INVESTIGATE AZE"),
        keys(article("Armenia's Investigative Committee said it was investigating Azerbaijan over the use of drones.")));
  }

  @Test
  void attackReportedByTheNarratorIsAnAttack() {
    List<Relation> r = relations(article("Azerbaijani forces shelled Stepanakert overnight."));
    assertEquals(1, r.size(), r.toString());
    assertEquals(RelationType.ATTACK, r.get(0).type());
    assertEquals("AZE", r.get(0).source().country());
    assertEquals("MIL", r.get(0).source().role().name());
    assertEquals("NKR", r.get(0).target().country());
  }

  @Test
  void attackReportedBySomeoneIsTheirAccusation() {
    assertEquals(List.of("ARM/GOV ACCUSE AZE"),
        keys(article("Armenia's Defence Ministry said Azerbaijani forces had shelled Stepanakert.")));
  }

  @Test
  void aSelfClaimedStrikeIsNoRelation() {
    assertEquals(List.of(), keys(article("Baku said its forces had struck military targets near Martakert.")));
  }

  @Test
  void negatedActsAreNotRelations() {
    assertEquals(List.of(), keys(article("Turkey did not condemn the strike on Ganja.")));
    assertEquals(List.of(), keys(article("Moscow refused to criticise Baku.")));
  }

  @Test
  void eachOtherGivesTwoRelations() {
    assertEquals(List.of("ARM/GOV ACCUSE AZE", "AZE/GOV ACCUSE ARM"),
        keys(article("Armenia and Azerbaijan accused each other of breaking the truce within hours.")));
  }

  @Test
  void coreferenceResolvesPronounsAndShortReferences() {
    List<String> k = keys(article("Russian Foreign Minister Sergei Lavrov spoke to reporters in Moscow. "
        + "He urged Baku to respect the truce. The minister also warned Ankara against interfering."));
    assertTrue(k.contains("RUS/GOV APPEAL AZE"), k.toString());
    assertTrue(k.contains("RUS/GOV WARN TUR"), k.toString());
  }

  @Test
  void aboutCountryIsTheSecondaryPartyOfTheContent() {
    List<Relation> r = relations(article("Senator Bob Menendez called on Washington to halt arms sales to Baku."));
    Relation appeal = r.stream().filter(x -> x.type() == RelationType.APPEAL).findFirst().orElseThrow();
    assertEquals("USA", appeal.target().country());
    assertEquals("AZE", appeal.aboutCountry());
  }

  @Test
  void embeddedTweetsAreTheirAuthorsSpeech() {
    String text = "The president posted a message late on Sunday.\n"
        + "We call on the international community to stop Armenian aggression.\n"
        + "— Ilham Aliyev (@presidentaz) September 27, 2020\n"
        + "Officials in Yerevan did not reply.";
    List<Relation> r = relations(article(text));
    assertTrue(r.stream().anyMatch(x -> x.source().name().equals("Ilham Aliyev") && x.type() == RelationType.APPEAL
        && x.target().country().equals("INT")), r.toString());
    Relation appeal = r.stream().filter(x -> x.type() == RelationType.APPEAL).findFirst().orElseThrow();
    assertNotNull(appeal.quote(), "a relation read from an embedded tweet keeps its words");
  }

  @Test
  void tweetsSpeakForTheirAuthorAndAttacksTheyReportAreAccusations() {
    assertEquals(List.of("AZE/GOV ACCUSE ARM"),
        keys(tweet("HikmetHajiyev", "Hikmet Hajiyev", "Armenian artillery shelled Tartar again this morning.")));
  }

  @Test
  void retweetsCarryNoRelations() {
    var rt = io.framing.model.Document.builder().corpus(io.framing.model.Corpus.TWEET).nativeId("2")
        .author("someone").text("RT @HikmetHajiyev: Armenian artillery shelled Tartar again.")
        .retweetOf("t-0000000000000000").inputFile("test").build();
    assertEquals(List.of(), ExtractionFixture.relations(rt));
  }

  @Test
  void relationsAreUniquePerSourceRelationTarget() {
    List<Relation> r = relations(article("France condemned Turkey. Paris later condemned Ankara again."));
    assertEquals(1, r.size(), r.toString());
    assertFalse(r.get(0).evidence().isBlank());
    assertNull(r.get(0).aboutCountry());
  }

  @Test
  void anIntroductoryPlaceIsNotPartOfTheSubject() {
    assertEquals(List.of("ARM/GOV ACCUSE TUR"),
        keys(article("In Yerevan, Pashinyan accused Turkey of sending mercenaries to the front.")));
    assertEquals(List.of("FRA/GOV CONDEMN AZE"),
        keys(article("At a news conference in Paris, Macron condemned Baku over the shelling.")));
  }

  @Test
  void aNationalityWithARoleNounIsThatGovernment() {
    assertEquals(List.of("GEO/GOV WARN RUS"),
        keys(article("A senior Georgian official warned Moscow against moving troops to the border.")));
    assertEquals(List.of("IRN/GOV APPEAL ARM", "IRN/GOV APPEAL AZE"),
        keys(article("The Iranian minister urged Armenia and Azerbaijan to resume talks.")));
  }

  @Test
  void hostingIsNotMediationUnlessItIsTalks() {
    assertEquals(List.of(), keys(article("Georgia has hosted thousands of refugees since the war began.")));
    assertEquals(List.of("KAZ/GOV MEDIATE -"), keys(article("Kazakhstan offered to host talks in Almaty.")));
  }
}
