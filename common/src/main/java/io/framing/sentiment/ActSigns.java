package io.framing.sentiment;

import io.framing.Args;
import io.framing.relations.RelationType;
import java.util.Collection;

/**
 * The coding guidelines' rule for sentiment (section 3): "its sign is what counts most: hostile
 * acts (CONDEMN, ACCUSE, WARN, REJECT, ATTACK) are negative toward their target; SUPPORT is
 * positive". VADER reads words, not acts: the courteous words of diplomacy, or sarcasm, can
 * make a sentence that accuses or warns score positive. So a text whose acts are all of one
 * sign is not scored against that sign: with hostile acts and no SUPPORT a positive compound
 * becomes 0 (neutral), with SUPPORT and no hostile act a negative one becomes 0. A text carrying both, or neither (an APPEAL, a MEDIATE), keeps its score. Only the
 * adjusted score is bounded; plain VADER ({@code vader_compound}) is never touched.
 * Stateless and thread-safe.
 */
public final class ActSigns {
  private ActSigns() {}

  /** {@code compound} bounded by the sign of {@code acts}, the relation types the text carries. */
  public static double bound(double compound, Collection<RelationType> acts) {
    Args.notNull(acts, "acts");
    boolean hostile = acts.stream().anyMatch(RelationType::hostile);
    boolean support = acts.contains(RelationType.SUPPORT);
    if (hostile && !support && compound > 0) {
      return 0.0;
    }
    if (support && !hostile && compound < 0) {
      return 0.0;
    }
    return compound;
  }

  /** The sentence with its compound bounded by {@code acts}; the shares stay VADER's. */
  public static SentenceSentiment bound(SentenceSentiment sentence, Collection<RelationType> acts) {
    Args.notNull(sentence, "sentence");
    SentimentScores s = sentence.scores();
    double compound = bound(s.compound(), acts);
    if (compound == s.compound()) {
      return sentence;
    }
    return new SentenceSentiment(sentence.index(), sentence.charStart(), sentence.charEnd(), sentence.text(),
        new SentimentScores(compound, s.positive(), s.negative(), s.neutral()));
  }
}
