package io.framing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

/**
 * The shared part-of-speech model decodes greedily (beam 1), and on ordinary news and social
 * text that gives the tags the shipped beam of 3 gives.
 */
class GreedyPosDecodingTest {

  @Test
  void theSharedModelDecodesWithABeamOfOne() {
    assertEquals(String.valueOf(OpenNlpModels.POS_BEAM_SIZE), OpenNlpModels.posModel().getManifestProperty("BeamSize"));
    assertEquals(1, OpenNlpModels.POS_BEAM_SIZE);
  }

  @Test
  void greedyTagsEqualTheShippedBeamsOnSampleText() throws IOException {
    POSModel shipped;
    try (InputStream in = OpenNlpModels.class.getResourceAsStream(OpenNlpModels.POS_RESOURCE)) {
      shipped = new POSModel(in);
    }
    assertEquals("3", shipped.getManifestProperty("BeamSize"), "the shipped model's own beam");
    PartOfSpeechTagger greedy = new OpenNlpPosTagger();
    PartOfSpeechTagger beam = new OpenNlpPosTagger(shipped);
    OpenNlpTokenizer tokenizer = new OpenNlpTokenizer();
    int tokens = 0;
    for (String text : List.of(SampleTexts.NEWS, SampleTexts.SOCIAL, SampleTexts.PLAIN)) {
      List<String> words = tokenizer.tokenize(text, new CharSpan(0, text.length())).stream()
          .map(span -> span.coveredText(text)).toList();
      assertEquals(beam.tag(words), greedy.tag(words), text);
      tokens += words.size();
    }
    assertTrue(tokens > 50, "compared " + tokens + " tokens");
  }
}
