package io.framing.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.framing.relations.ConflictSides;
import io.framing.relations.RelationType;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelationFramesTest {
  private static final Path DATA = Path.of("..", "data");
  private static final RelationFrames FRAMES = new RelationFrames(FrameTagger.fromDataDir(DATA),
      ConflictSides.load(DATA.resolve("relations").resolve("sides.csv")));

  @Test
  void aSideAccusingAnOutsideStateFramesForeignInterference() {
    assertEquals(Set.of(Frame.FOREIGN_INTERFERENCE),
        FRAMES.of("Yerevan accused Ankara of stoking the conflict.", RelationType.ACCUSE, "ARM", "TUR"));
    assertEquals(Set.of(Frame.FOREIGN_INTERFERENCE),
        FRAMES.of("Baku condemned the French resolution.", RelationType.CONDEMN, "AZE", "FRA"));
  }

  @Test
  void notBetweenTheSidesNotFromAThirdPartyNotOfAnOrganisationNorInASupport() {
    assertEquals(Set.of(), FRAMES.of("Yerevan accused Baku of stoking the conflict.", RelationType.ACCUSE, "ARM", "AZE"));
    assertEquals(Set.of(), FRAMES.of("Paris accused Ankara of stoking the conflict.", RelationType.ACCUSE, "FRA", "TUR"));
    assertEquals(Set.of(), FRAMES.of("Baku accused the co-chairs of bias.", RelationType.ACCUSE, "AZE", "OSCE"));
    assertEquals(Set.of(), FRAMES.of("Baku thanked Ankara.", RelationType.SUPPORT, "AZE", "TUR"));
    assertEquals(Set.of(), FRAMES.of("Baku accused someone.", RelationType.ACCUSE, "AZE", null));
  }

  @Test
  void supportOfASideOfTheWarIsSolidarityWhateverItsWords() {
    assertEquals(Set.of(Frame.SOLIDARITY), FRAMES.of("Islamabad praised Baku.", RelationType.SUPPORT, "PAK", "AZE"));
    assertEquals(Set.of(Frame.SOLIDARITY), FRAMES.of("The singer thanked the people of Artsakh.", RelationType.SUPPORT, "USA", "NKR"));
    // Support of a state outside the war, or an untargeted one, is not taking a side in it.
    assertEquals(Set.of(), FRAMES.of("Baku praised Ankara.", RelationType.SUPPORT, "AZE", "TUR"));
    assertEquals(Set.of(), FRAMES.of("Baku praised the effort.", RelationType.SUPPORT, "AZE", null));
  }

  @Test
  void theClausesWordsStillFrame() {
    assertEquals(Set.of(Frame.AGGRESSION, Frame.CIVILIAN_HARM, Frame.FOREIGN_INTERFERENCE),
        FRAMES.of("Yerevan said Turkish drones shelled villages, killing civilians.", RelationType.ACCUSE, "ARM", "TUR"));
  }
}
