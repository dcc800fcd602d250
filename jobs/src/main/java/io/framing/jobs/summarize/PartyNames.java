package io.framing.jobs.summarize;

import io.framing.actors.ActorDictionary;
import io.framing.actors.CountryEntry;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** Display names of party codes for charts: "Armenia", "Azerbaijan", "European Union". */
final class PartyNames implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> ORGANISATIONS = Map.of(
      "EU", "European Union", "UN", "United Nations", "OSCE", "OSCE", "NATO", "NATO", "CSTO", "CSTO",
      "INT", "International community", "NKR", "Nagorno-Karabakh (Artsakh)");

  private final Map<String, String> names = new HashMap<>();

  PartyNames(ActorDictionary dictionary) {
    for (CountryEntry c : dictionary.countries()) {
      names.put(c.code(), c.name());
    }
    names.putAll(ORGANISATIONS);
  }

  /** The display name of {@code code}; the code itself when unknown; "no target" for null. */
  String of(String code) {
    if (code == null) {
      return "no target";
    }
    return names.getOrDefault(code, code);
  }
}
