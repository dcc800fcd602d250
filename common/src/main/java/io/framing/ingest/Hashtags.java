package io.framing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds hashtags in text the way Twitter delimits them: {@code #} then letters, digits or {@code _}. */
public final class Hashtags {
  private Hashtags() {}

  private static final Pattern HASHTAG =
      Pattern.compile("(?<![\\p{L}\\p{N}_&])[#＃]([\\p{L}\\p{M}\\p{N}_]*[\\p{L}\\p{M}_][\\p{L}\\p{M}\\p{N}_]*)");

  /** Hashtags without the {@code #}, in order of appearance, repeats kept once. */
  public static List<String> extract(String text) {
    List<String> tags = new ArrayList<>();
    if (text == null) {
      return tags;
    }
    Matcher m = HASHTAG.matcher(text);
    while (m.find()) {
      String tag = m.group(1);
      if (!tags.contains(tag)) {
        tags.add(tag);
      }
    }
    return tags;
  }
}
