package io.framing.stance;

/** The SemEval-2016 Task 6 stance labels. */
public enum Stance {
  FAVOR, AGAINST, NONE
}
