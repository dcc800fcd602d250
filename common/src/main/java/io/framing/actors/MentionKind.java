package io.framing.actors;

/** How a mention designates its actor; later steps trust some kinds more than others. */
public enum MentionKind {
  /** A name of a person, organisation, outlet, or a country used as a political actor. */
  NAME,
  /** A title that designates one office-holder ("Armenian Prime Minister"). */
  TITLE,
  /** A country modifier with a role noun ("the Azerbaijani military", "Armenia's Defence Ministry"). */
  COMPOSED,
  /** A capital used for its government ("Baku"). */
  CAPITAL,
  /** A plural demonym: the people of a country ("Armenians"). */
  DEMONYM,
  /** An {@code @handle}. */
  HANDLE,
  /** A {@code #hashtag} naming an actor. */
  HASHTAG,
  /** A bare country adjective without a role noun ("Armenian provocations"): good as a target, never as a speaker. */
  MODIFIER,
  /** A pronoun resolved to an earlier mention. */
  PRONOUN,
  /** A short definite reference resolved to an earlier mention ("the ministry"). */
  REFERENCE;

  /** Whether a mention of this kind can be the subject (source) of a relation. */
  public boolean canSpeak() {
    return this != MODIFIER;
  }
}
