package io.framing.frames;

import io.framing.Args;
import io.framing.actors.ActorCodes;
import io.framing.relations.ConflictSides;
import io.framing.relations.RelationType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The frames of one relation: those its evidence clause's cue words evoke ({@link FrameTagger}),
 * and one its parties alone decide. A side of the war that accuses or condemns a state outside
 * it foregrounds that outsiders fuel the war (FOREIGN_INTERFERENCE), whatever the words: "Yerevan
 * accused Ankara of ..." is that frame even when the clause names no mercenaries or arms. A
 * third party's accusation of another ("Paris accused Ankara") is not: it speaks of a rival, not
 * of outsiders in its own war; an organisation is no outsider state. SUPPORT of a side of the
 * war is SOLIDARITY, the frame the guidelines define as "taking a side openly", whether the
 * clause says "stand with" or "praised". Measured on the core's frames (README, "Frames").
 * Immutable and thread-safe.
 */
public final class RelationFrames {
  private final FrameTagger tagger;
  private final ConflictSides sides;

  public RelationFrames(FrameTagger tagger, ConflictSides sides) {
    this.tagger = Args.notNull(tagger, "tagger");
    this.sides = Args.notNull(sides, "sides");
  }

  /**
   * The frames of a relation with evidence {@code evidence}, of {@code type} (may be null), from
   * a party of {@code sourceCountry} to one of {@code targetCountry} (null when untargeted).
   */
  public Set<Frame> of(String evidence, RelationType type, String sourceCountry, String targetCountry) {
    Set<Frame> frames = EnumSet.noneOf(Frame.class);
    frames.addAll(tagger.tag(evidence, type));
    if ((type == RelationType.ACCUSE || type == RelationType.CONDEMN) && sourceCountry != null
        && targetCountry != null && sides.onASide(sourceCountry) && !sides.onASide(targetCountry)
        && ActorCodes.isStateCode(targetCountry)) {
      frames.add(Frame.FOREIGN_INTERFERENCE);
    }
    if (type == RelationType.SUPPORT && targetCountry != null && sides.onASide(targetCountry)) {
      frames.add(Frame.SOLIDARITY);
    }
    return frames;
  }
}
