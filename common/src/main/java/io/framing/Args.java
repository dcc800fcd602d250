package io.framing;

import java.util.Objects;

/**
 * Argument checks whose messages name the bad value, in the manner of Iceberg's
 * {@code Preconditions}. Kept tiny on purpose: the core has no utility dependency.
 */
public final class Args {
  private Args() {}

  /** Throws {@link IllegalArgumentException} with a formatted message when {@code ok} is false. */
  public static void check(boolean ok, String messageFormat, Object... values) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(messageFormat, values));
    }
  }

  /** Returns {@code value}, or throws {@link NullPointerException} naming {@code what}. */
  public static <T> T notNull(T value, String what) {
    return Objects.requireNonNull(value, () -> what + " must not be null");
  }

  /** Returns {@code value} when it has a non-blank character, else throws naming {@code what}. */
  public static String notBlank(String value, String what) {
    notNull(value, what);
    check(!value.isBlank(), "%s must not be blank, got '%s'", what, value);
    return value;
  }
}
