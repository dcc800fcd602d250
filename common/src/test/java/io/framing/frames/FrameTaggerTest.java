package io.framing.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.relations.RelationType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameTaggerTest {
  private static final FrameTagger TAGGER = FrameTagger.fromDataDir(Path.of("..", "data"));

  @Test
  void tagsSeveralFramesOfOneClause() {
    assertEquals(Set.of(Frame.AGGRESSION, Frame.CIVILIAN_HARM),
        TAGGER.tag("The minister said enemy artillery kept shelling villages, wounding two civilians.", RelationType.ACCUSE));
    assertEquals(Set.of(Frame.SELF_DEFENSE, Frame.CIVILIAN_HARM),
        TAGGER.tag("The army began a counter-offensive to protect civilians.", RelationType.ACCUSE));
  }

  @Test
  void aCounterOffensiveIsNotAnOffensive() {
    assertEquals(Set.of(Frame.SELF_DEFENSE), TAGGER.tag("They launched a counter-offensive."));
  }

  @Test
  void negatedCuesDoNotCount() {
    assertEquals(Set.of(), TAGGER.tag("Our forces did not target civilians."));
    assertEquals(Set.of(), TAGGER.tag("There was no shelling overnight."));
    assertEquals(Set.of(Frame.AGGRESSION), TAGGER.tag("There was shelling overnight."));
    assertEquals(Set.of(Frame.DISINFORMATION), TAGGER.tag("They did not target civilians, and these reports are lies."));
  }

  @Test
  void negationStopsAtTheClauseBoundary() {
    assertEquals(Set.of(Frame.CIVILIAN_HARM), TAGGER.tag("We will not forget, civilians were killed."));
  }

  @Test
  void aNarratorReportedAttackHasNoFrame() {
    assertEquals(Set.of(), TAGGER.tag("Azerbaijani forces shelled civilians in Stepanakert.", RelationType.ATTACK));
    assertEquals(Set.of(Frame.AGGRESSION, Frame.CIVILIAN_HARM),
        TAGGER.tag("Azerbaijani forces shelled civilians in Stepanakert.", RelationType.ACCUSE));
  }

  @Test
  void hashtagsAreReadAsWords() {
    assertEquals(Set.of(Frame.DE_ESCALATION, Frame.AGGRESSION), TAGGER.tag("#StopTheAggression now"));
  }

  @Test
  void actorNamesAreNotCues() {
    assertEquals(Set.of(), TAGGER.tag("The Defence Ministry said on Monday."));
    assertEquals(Set.of(), TAGGER.tag("The Foreign Minister said on Monday."), "an office is not interference");
    assertEquals(Set.of(Frame.FOREIGN_INTERFERENCE), TAGGER.tag("He warned against foreign interference."));
  }

  @Test
  void aDenialFramesOnlyAsDisinformation() {
    // The denied claim ("troops were fighting") is the other side's framing, not the denier's.
    assertEquals(Set.of(), TAGGER.tag("Islamabad denied that its troops were fighting alongside mercenaries.",
        RelationType.REJECT));
    assertEquals(Set.of(Frame.DISINFORMATION), TAGGER.tag("Baku called reports of mercenaries fake news.",
        RelationType.REJECT));
    // Read as an accusation, the same words frame.
    assertEquals(Set.of(Frame.FOREIGN_INTERFERENCE),
        TAGGER.tag("Yerevan said Ankara had sent mercenaries.", RelationType.ACCUSE));
  }

  @Test
  void aBrokenTruceIsNoDeEscalation() {
    // The breach may frame as aggression; the truce does not frame as de-escalation.
    assertTrue(!TAGGER.tag("They accused each other of violating the truce.").contains(Frame.DE_ESCALATION));
    assertTrue(!TAGGER.tag("Both sides said the other was breaking the ceasefire.").contains(Frame.DE_ESCALATION));
    assertEquals(Set.of(Frame.DE_ESCALATION), TAGGER.tag("Both sides must respect the ceasefire."));
  }

  @Test
  void everyFrameHasCues() {
    for (Frame f : Frame.values()) {
      assertTrue(TAGGER.cues().stream().filter(c -> c.frame() == f).count() >= 10, f + " needs real coverage");
    }
  }

  @Test
  void badCueFilesNameTheLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cues.csv");
    Files.writeString(file, "frame,cue,kind\nAGGRESSION,attack,word\nPEACE,calm,word\nAGGRESSION,open fire,word\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FrameTagger.load(file));
    assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("PEACE"), e.getMessage());
    assertTrue(e.getMessage().contains("line 4") && e.getMessage().contains("phrase"), e.getMessage());
  }

  @Test
  void theGeneratedCuesOfTheListedFramesAreLoadedBesideTheHandWrittenOnes(@TempDir Path dir) throws Exception {
    Path frames = Files.createDirectories(dir.resolve("frames"));
    Files.writeString(frames.resolve("cues.csv"), "frame,cue,kind\nAGGRESSION,attack,word\n");
    Files.writeString(frames.resolve("wordnet_cues.csv"), "frame,cue,kind,concept,provenance\n"
        + "CIVILIAN_HARM,carnage,word,harm,test\nAGGRESSION,onslaught,word,aggression,test\n");
    // No list: the hand-written cues alone.
    assertEquals(Set.of(), FrameTagger.fromDataDir(dir).tag("The carnage went on."));
    Files.writeString(frames.resolve("wordnet_frames.txt"), "# widened\nCIVILIAN_HARM\n");
    FrameTagger widened = FrameTagger.fromDataDir(dir);
    assertEquals(Set.of(Frame.CIVILIAN_HARM), widened.tag("The carnage went on."));
    assertEquals(Set.of(), widened.tag("The onslaught went on."), "an unlisted frame's generated cue");
    assertEquals(Set.of(Frame.AGGRESSION), widened.tag("The attack went on."));
  }

  @Test
  void aFrameListMayOpenWithAByteOrderMark(@TempDir Path dir) throws Exception {
    Path frames = Files.createDirectories(dir.resolve("frames"));
    Files.writeString(frames.resolve("wordnet_frames.txt"), "\uFEFFCIVILIAN_HARM\n");
    assertEquals(Set.of(Frame.CIVILIAN_HARM), FrameTagger.widenedFrames(frames.resolve("wordnet_frames.txt")));
  }

  @Test
  void aBadFrameListNamesTheLine(@TempDir Path dir) throws Exception {
    Path frames = Files.createDirectories(dir.resolve("frames"));
    Files.writeString(frames.resolve("cues.csv"), "frame,cue,kind\nAGGRESSION,attack,word\n");
    Files.writeString(frames.resolve("wordnet_frames.txt"), "CIVILIAN_HARM\nPEACE\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FrameTagger.fromDataDir(dir));
    assertTrue(e.getMessage().contains("wordnet_frames.txt:2") && e.getMessage().contains("PEACE"), e.getMessage());
  }

  @Test
  void theProjectsDataWidensCivilianHarmWithWordNet() {
    assertEquals(Set.of(Frame.CIVILIAN_HARM), TAGGER.tag("The death toll rose to forty.", RelationType.ACCUSE));
  }
}
