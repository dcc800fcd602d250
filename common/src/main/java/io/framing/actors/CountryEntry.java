package io.framing.actors;

import io.framing.Args;
import java.util.List;

/**
 * One row of {@code countries.csv}: a state (or {@code NKR}) with its surface forms.
 *
 * @param code ISO 3166-1 alpha-3 code, {@code XKX} for Kosovo or {@code NKR}
 * @param name canonical name; also the display name of the country's GOV actor
 * @param shortForms other names of the country ("US", "the United States")
 * @param adjectives adjectives; the first is used to build display names ("Armenian")
 * @param demonyms demonyms, plural first ("Armenians", "Armenian"): a CVL actor
 * @param capitals capital names, used for the government (GOV)
 * @param handles Twitter handles of the country's own accounts, without {@code @}
 * @param hashtags hashtags naming the country, without {@code #}
 * @param origin where it was defined, {@code file line N}
 */
public record CountryEntry(
    String code,
    String name,
    List<String> shortForms,
    List<String> adjectives,
    List<String> demonyms,
    List<String> capitals,
    List<String> handles,
    List<String> hashtags,
    String origin) {

  /** Copies the lists, so the entry is immutable. */
  public CountryEntry {
    Args.notBlank(code, "country code");
    Args.notBlank(name, "country name");
    shortForms = List.copyOf(shortForms);
    adjectives = List.copyOf(adjectives);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
    handles = List.copyOf(handles);
    hashtags = List.copyOf(hashtags);
    Args.notNull(origin, "origin");
  }

  /** The country as a political actor: {@code Actor(name, code, GOV)}. */
  public Actor government() {
    return new Actor(name, code, Role.GOV);
  }

  /**
   * The country's people as an actor (CVL), named by the first demonym ("Armenians"), or
   * "{@code <adjective> people}" when there is no demonym.
   */
  public Actor people() {
    String display = demonyms.isEmpty() ? displayAdjective() + " people" : demonyms.get(0);
    return new Actor(display, code, Role.CVL);
  }

  /** The adjective used in composed display names: the first adjective, else the name. */
  public String displayAdjective() {
    return adjectives.isEmpty() ? name : adjectives.get(0);
  }
}
