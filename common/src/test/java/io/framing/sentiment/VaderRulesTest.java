package io.framing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One rule at a time, on sentences written for these tests. Expected compounds are derived from
 * the lexicon valences and the method's published increments, so each test fails if its rule is
 * missing, misapplied or applied where it should not be.
 */
class VaderRulesTest {

  private static final VaderSentimentAnalyzer ANALYZER = VaderTestData.analyzer();

  /** Compound scores are rounded to 4 decimals. */
  private static final double ROUNDING = 0.00005 + 1e-9;

  private static final double BOOST = 0.293;
  private static final double CAPS = 0.733;
  private static final double NEGATION = -0.74;

  private static double valence(String word) {
    return ANALYZER.lexicon().valence(word).orElseThrow(() -> new AssertionError(word));
  }

  private static double compound(String text) {
    return ANALYZER.score(text).compound();
  }

  /** Asserts the compound of {@code text} is the normalisation of {@code valenceSum}. */
  private static void assertCompound(double valenceSum, String text) {
    double expected = valenceSum / Math.sqrt(valenceSum * valenceSum + 15);
    assertEquals(expected, compound(text), ROUNDING, text);
  }

  @Nested
  class LexiconLookup {
    @Test
    void aSentimentWordScoresItsLexiconValence() {
      assertCompound(valence("good"), "The harvest was good");
      assertCompound(valence("bad"), "The harvest was bad");
    }

    @Test
    void lookupIgnoresCaseAndSurroundingPunctuation() {
      assertCompound(valence("good"), "The harvest was Good.");
      assertCompound(valence("good"), "The harvest was \"good\"");
    }

    @Test
    void aTextWithoutSentimentWordsIsNeutral() {
      SentimentScores scores = ANALYZER.score("The committee met on Tuesday");
      assertEquals(new SentimentScores(0.0, 0.0, 0.0, 1.0), scores);
    }

    @Test
    void sentimentWordsSharesReflectTheirValence() {
      // good (1.9) counts 2.9 against 4 neutral words.
      SentimentScores scores = ANALYZER.score("The harvest was good");
      double total = valence("good") + 1 + 3;
      assertEquals((valence("good") + 1) / total, scores.positive(), 0.0005);
      assertEquals(3 / total, scores.neutral(), 0.0005);
      assertEquals(0.0, scores.negative());
    }
  }

  @Nested
  class Negation {
    @Test
    void aNegationWordFlipsAndWeakensTheNextWord() {
      assertCompound(valence("good") * NEGATION, "The harvest was not good");
      assertCompound(valence("good") * NEGATION, "The harvest was never good");
      assertCompound(valence("bad") * NEGATION, "The harvest wasn't bad");
    }

    @Test
    void anyContractionWithNtNegates() {
      // "hadn't've" is not in the negation list; its "n't" makes it a negation.
      assertCompound(valence("happy") * NEGATION, "We hadn't've been happy");
    }

    @Test
    void negationReachesThreeWordsBack() {
      assertCompound((valence("good") + BOOST) * NEGATION, "The harvest was not very good");
      assertTrue(compound("The harvest was not at all good") < 0);
      assertTrue(compound("Not the harvest, the weather, good") > 0, "four words back is too far");
    }

    @Test
    void neverSoIntensifiesInsteadOfNegating() {
      // As the authors' code does, "so" right before the word intensifies a second time.
      assertCompound((valence("happy") + BOOST) * 1.25 * 1.25, "I was never so happy");
      assertTrue(compound("I was never so happy") > compound("I was so happy"));
    }

    @Test
    void soOrThisRightBeforeAWordIntensifiesItAsTheAuthorsCodeDoes() {
      // The authors' "never so" check, through an and/or precedence slip, multiplies by 1.25
      // whenever "so" or "this" directly precedes a word with three words before it.
      assertCompound(valence("good") * 1.25, "The harvest is this good");
      assertCompound((valence("good") + BOOST) * 1.25, "The harvest was so good");
      assertCompound(valence("good") + BOOST, "Harvest so good");
    }

    @Test
    void withoutDoubtAffirms() {
      // "good" keeps its valence; "doubt" is negated by "without" and turns positive.
      assertCompound(
          valence("good") + valence("doubt") * NEGATION, "The harvest is without doubt good");
    }

    @Test
    void leastNegatesExceptInAtLeast() {
      assertCompound(valence("pleasant") * NEGATION, "It was the least pleasant trip");
      assertCompound(valence("pleasant"), "It was at least pleasant");
    }

    @Test
    void noNegatesTheSentimentWordAfterIt() {
      // "no" before a lexicon word loses its own valence and negates that word.
      assertCompound(valence("problems") * NEGATION, "There were no problems");
      // "no" on its own keeps its lexicon valence.
      assertCompound(valence("no"), "The answer is no");
    }
  }

  @Nested
  class But {
    @Test
    void sentimentAfterButOutweighsSentimentBeforeIt() {
      assertCompound(
          0.5 * valence("good") + 1.5 * valence("bad"),
          "The harvest was good but the prices were bad");
      assertCompound(
          0.5 * valence("bad") + 1.5 * valence("good"),
          "The harvest was bad but the prices were good");
    }

    @Test
    void aValenceEqualToAnAlreadyHalvedOneIsReweightedAsTheAuthorsCodeDoes() {
      // "agreeable" (1.8) is halved to 0.9; "adequate" (0.9) after "but" is then taken for it, so
      // "agreeable" is halved again and "adequate" keeps 0.9 instead of rising to 1.35.
      assertEquals(2 * valence("adequate"), valence("agreeable"), 1e-12);
      assertCompound(
          valence("agreeable") / 4 + valence("adequate"),
          "The host was agreeable but the food adequate");
    }

    @Test
    void withoutButBothCountEqually() {
      assertCompound(
          valence("good") + valence("bad"), "The harvest was good and the prices were bad");
    }
  }

  @Nested
  class BoostersAndDampeners {
    @Test
    void aBoosterPushesAwayFromNeutral() {
      assertCompound(valence("good") + BOOST, "The harvest was very good");
      assertCompound(valence("bad") - BOOST, "The harvest was extremely bad");
    }

    @Test
    void aDampenerPullsTowardsNeutral() {
      assertCompound(valence("good") - BOOST, "The harvest was slightly good");
      assertCompound(valence("bad") + BOOST, "The harvest was barely bad");
    }

    @Test
    void kindOfDampensAndKindLosesItsOwnValence() {
      assertCompound(valence("good") - BOOST, "The harvest was kind of good");
      assertTrue(valence("kind") > 0, "'kind' alone is a positive lexicon word");
    }

    @Test
    void aBoosterCountsLessTheFurtherAwayItIs() {
      assertCompound(valence("good") + BOOST + BOOST * 0.95, "The harvest was very, very good");
      assertCompound(valence("good") + BOOST * 0.95, "The harvest was very much good");
      assertCompound(valence("good") + BOOST * 0.9, "The harvest was very much a good one");
    }
  }

  @Nested
  class Capitals {
    @Test
    void aSentimentWordInCapitalsAmongLowerCaseIsEmphasised() {
      assertCompound(valence("good") + CAPS, "The harvest was GOOD");
      assertCompound(valence("bad") - CAPS, "The harvest was BAD");
    }

    @Test
    void aTextAllInCapitalsIsNotEmphasised() {
      assertCompound(valence("good"), "THE HARVEST WAS GOOD");
    }

    @Test
    void aBoosterInCapitalsBoostsMore() {
      assertCompound(valence("good") + BOOST + CAPS, "The harvest was VERY good");
    }
  }

  @Nested
  class Punctuation {
    @Test
    void exclamationMarksAmplifyUpToFour() {
      assertCompound(valence("good") + 0.292, "The harvest was good!");
      assertCompound(valence("good") + 3 * 0.292, "The harvest was good!!!");
      assertCompound(valence("good") + 4 * 0.292, "The harvest was good!!!!!!!");
      assertCompound(valence("bad") - 2 * 0.292, "The harvest was bad!!");
    }

    @Test
    void exclamationMarksDoNotLendSentimentToANeutralText() {
      assertEquals(0.0, compound("The committee met on Tuesday!!!"));
    }

    @Test
    void oneQuestionMarkAsksTwoOrMoreAmplify() {
      assertCompound(valence("good"), "The harvest was good?");
      assertCompound(valence("good") + 2 * 0.18, "The harvest was good??");
      assertCompound(valence("good") + 3 * 0.18, "The harvest was good???");
      assertCompound(valence("good") + 0.96, "The harvest was good?????");
    }
  }

  @Nested
  class Emoji {
    @Test
    void anEmojiIsScoredAsItsDescription() {
      assertEquals(
          ANALYZER.score("The harvest grinning face"), ANALYZER.score("The harvest 😀"));
      assertCompound(valence("grinning"), "The harvest 😀");
    }

    @Test
    void anEmojiTouchingAWordIsSeparatedFromIt() {
      assertEquals(ANALYZER.score("The harvest 😀"), ANALYZER.score("The harvest😀"));
    }

    @Test
    void theDescriptionsWordsInteractLikeAnyOthers() {
      // "slightly smiling face": the dampener in the description weakens "smiling".
      assertCompound(valence("smiling") - BOOST, "The harvest 🙂");
    }

    @Test
    void aCharacterOutsideTheEmojiLexiconIsLeftAlone() {
      assertEquals(0.0, compound("The harvest ⌘"));
    }
  }

  @Nested
  class Idioms {
    @Test
    void aSpecialCaseIdiomReplacesTheWordsValence() {
      assertTrue(valence("bomb") < 0);
      assertCompound(3.0, "The new album is the bomb");
    }

    @Test
    void anIdiomIsScoredOnEachOfItsSentimentWords() {
      // Both "kiss" and "death" take the idiom's -1.5.
      assertCompound(-1.5 - 1.5, "It was the kiss of death for us");
    }

    @Test
    void idiomsWithoutLexiconWordsAreNotScoredAsTheAuthorsCodeDoes() {
      // The authors list "on the ball" as positive but their code never applies that list.
      assertEquals(0.0, compound("The new hire is on the ball"));
    }
  }

  @Nested
  class Normalisation {
    @Test
    void compoundStaysInsideMinusOneToOne() {
      String manyGood = String.join(" ", java.util.Collections.nCopies(200, "great"));
      double positive = compound(manyGood + "!!!!");
      assertTrue(positive > 0.999 && positive <= 1.0, "compound " + positive);
      String manyBad = String.join(" ", java.util.Collections.nCopies(200, "horrible"));
      double negative = compound(manyBad);
      assertTrue(negative < -0.999 && negative >= -1.0, "compound " + negative);
    }

    @Test
    void normalisationIsXOverRootOfXSquaredPlusFifteen() {
      assertEquals(0.0, VaderScoreAggregator.normalize(0.0));
      assertEquals(1 / 4.0, VaderScoreAggregator.normalize(Math.sqrt(15.0 / 15)), 1e-12);
      assertEquals(-3 / Math.sqrt(24), VaderScoreAggregator.normalize(-3), 1e-12);
      double huge = VaderScoreAggregator.normalize(1e6);
      assertTrue(huge > 0.9999 && huge <= 1.0, "normalize(1e6) = " + huge);
    }

    @Test
    void sharesSumToOne() {
      SentimentScores scores =
          ANALYZER.score("A good harvest, but terrible prices and sad farmers!");
      assertEquals(1.0, scores.positive() + scores.negative() + scores.neutral(), 0.002);
    }

    @Test
    void anEmptyTextScoresZero() {
      assertEquals(SentimentScores.EMPTY, ANALYZER.score(""));
      assertEquals(SentimentScores.EMPTY, ANALYZER.score(" \t\u00a0\n"));
    }

    @Test
    void aNullTextIsRejected() {
      assertThrows(NullPointerException.class, () -> ANALYZER.score(null));
    }
  }

  @Nested
  class Tokenisation {
    @Test
    void punctuationIsStrippedFromWordsButEmoticonsStayWhole() {
      assertEquals(
          List.of("Hello", "world", ":)", "ok.", "can't", "!!!", "well"),
          VaderTokens.of("Hello, world :) ok. can't!! !!! \"--well\"").asList());
    }

    @Test
    void aShortWordWithPunctuationIsNotFoundAsTheAuthorsCodeDoes() {
      // "no." keeps its full stop (stripping would leave under three characters), so it is not
      // the lexicon's "no".
      assertEquals(0.0, compound("The answer is no."));
      assertNotEquals(0.0, compound("The answer is no"));
    }

    @Test
    void pythonIsUpperNeedsACasedCharacter() {
      assertTrue(PythonStrings.isUpper("GOOD"));
      assertTrue(PythonStrings.isUpper(":D"));
      assertTrue(!PythonStrings.isUpper("123") && !PythonStrings.isUpper("Good"));
    }
  }

  @Test
  void concurrentScoringGivesTheSameScoresAsSequential() {
    List<String> texts =
        IntStream.range(0, 2000)
            .mapToObj(
                i ->
                    (i % 3 == 0 ? "The harvest was NOT " : "The prices were ")
                        + (i % 2 == 0 ? "good" : "bad but fair")
                        + "!".repeat(i % 5)
                        + " 😀".repeat(i % 2))
            .collect(Collectors.toList());
    List<SentimentScores> sequential =
        texts.stream().map(ANALYZER::score).collect(Collectors.toList());
    List<SentimentScores> parallel =
        texts.parallelStream().map(ANALYZER::score).collect(Collectors.toList());
    assertEquals(sequential, parallel);
  }
}
