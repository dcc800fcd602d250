package io.framing.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token sequences to values, for longest-match lookups over a sentence's tokens. Built once,
 * then read-only: safe to share between threads after construction.
 *
 * @param <T> the value stored at the end of a sequence
 */
final class TokenTrie<T> {
  private final Node<T> root = new Node<>();

  private static final class Node<T> {
    final Map<String, Node<T>> children = new HashMap<>(4);
    T value;
  }

  /** A match: how many tokens, and the value. */
  static final class Match<T> {
    final int length;
    final T value;

    Match(int length, T value) {
      this.length = length;
      this.value = value;
    }
  }

  /** Adds a sequence; the first value added for a sequence wins. */
  void put(List<String> keys, T value) {
    if (keys.isEmpty()) {
      return;
    }
    Node<T> n = root;
    for (String k : keys) {
      n = n.children.computeIfAbsent(k, x -> new Node<>());
    }
    if (n.value == null) {
      n.value = value;
    }
  }

  /** The longest sequence of {@code keys} starting at {@code from}, or null. */
  Match<T> longest(List<String> keys, int from) {
    Node<T> n = root;
    Match<T> best = null;
    for (int i = from; i < keys.size(); i++) {
      n = n.children.get(keys.get(i));
      if (n == null) {
        break;
      }
      if (n.value != null) {
        best = new Match<>(i - from + 1, n.value);
      }
    }
    return best;
  }
}
