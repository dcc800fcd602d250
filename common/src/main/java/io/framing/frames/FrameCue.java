package io.framing.frames;

import io.framing.Args;
import java.util.List;
import java.util.Locale;

/**
 * One line of {@code data/frames/cues.csv}: a frame, the cue and how it matches. Immutable.
 *
 * <ul>
 *   <li>{@code word}: one token, exactly ("shelling");
 *   <li>{@code prefix}: one token that starts with the cue ("missile" matches "missiles");
 *   <li>{@code phrase}: a run of exact tokens ("territorial integrity").
 * </ul>
 */
public record FrameCue(Frame frame, String cue, Kind kind, List<String> tokens) {

  /** How a cue matches. */
  public enum Kind {
    WORD, PREFIX, PHRASE;

    static Kind parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Unknown cue kind '" + s + "'; expected word, prefix or phrase", e);
      }
    }
  }

  public FrameCue {
    Args.notNull(frame, "frame");
    Args.notBlank(cue, "cue");
    Args.notNull(kind, "kind");
    tokens = List.copyOf(tokens);
    Args.check(!tokens.isEmpty(), "cue '%s' has no word", cue);
    Args.check(kind == Kind.PHRASE || tokens.size() == 1,
        "cue '%s' of kind %s must be one word; use kind phrase", cue, kind);
  }

  /** A cue from its CSV fields. */
  public static FrameCue of(String frame, String cue, String kind) {
    return new FrameCue(Frame.parse(frame), cue.strip(), Kind.parse(kind), ClauseTokens.of(cue));
  }

  /** Whether the cue matches {@code tokens} starting at {@code i}. */
  boolean matchesAt(List<String> text, int i) {
    switch (kind) {
      case WORD:
        return text.get(i).equals(tokens.get(0));
      case PREFIX:
        return text.get(i).startsWith(tokens.get(0));
      default:
        if (i + tokens.size() > text.size()) {
          return false;
        }
        for (int k = 0; k < tokens.size(); k++) {
          if (!text.get(i + k).equals(tokens.get(k))) {
            return false;
          }
        }
        return true;
    }
  }

  int length() {
    return tokens.size();
  }
}
