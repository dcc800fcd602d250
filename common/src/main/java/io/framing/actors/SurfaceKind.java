package io.framing.actors;

/**
 * What a surface pattern is, and so how it is matched.
 *
 * <p>Patterns of one {@link #group() group} share one key space: a key claimed by two
 * different actors within a group is a load error. Names (country names and short forms,
 * capitals, organisation, person and outlet names) are matched case-sensitively ("US" is
 * not "us"); titles, handles and hashtags ignore case.
 */
public enum SurfaceKind {
  /** A country's name or short form ("Armenia", "the United States"): the country as a political actor (GOV). */
  COUNTRY_NAME(Group.NAME),
  /** A capital used for its government ("Baku"): the country's GOV actor. */
  CAPITAL(Group.NAME),
  /** A name form of an organisation ("OSCE Minsk Group"). */
  ORGANISATION(Group.NAME),
  /** A name form of a person ("Nikol Pashinyan", "Pashinyan"). */
  PERSON(Group.NAME),
  /** A name form of a news outlet ("Reuters"). */
  OUTLET(Group.NAME),
  /** A title that designates one office-holder in Sept-Nov 2020 ("Armenian Prime Minister"). */
  TITLE(Group.TITLE),
  /** A Twitter handle; the pattern is written with its leading {@code @}. */
  HANDLE(Group.HANDLE),
  /** A hashtag; the pattern is written with its leading {@code #}. */
  HASHTAG(Group.HASHTAG);

  /** Key spaces within which a pattern may belong to one actor only. */
  public enum Group {
    NAME(true),
    TITLE(false),
    HANDLE(false),
    HASHTAG(false);

    private final boolean caseSensitive;

    Group(boolean caseSensitive) {
      this.caseSensitive = caseSensitive;
    }

    /** Whether patterns of this group are matched with their case. */
    public boolean caseSensitive() {
      return caseSensitive;
    }
  }

  private final Group group;

  SurfaceKind(Group group) {
    this.group = group;
  }

  /** The key space of this kind. */
  public Group group() {
    return group;
  }

  /** Whether patterns of this kind are matched with their case. */
  public boolean caseSensitive() {
    return group.caseSensitive();
  }
}
