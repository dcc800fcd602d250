package io.framing.actors;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The party codes an actor may carry.
 *
 * <ul>
 *   <li>States: ISO 3166-1 alpha-3 codes (as known to the JDK), plus {@code XKX} for Kosovo
 *       (the user-assigned code used by the European Commission and the IMF).
 *   <li>{@code NKR}: the self-declared Nagorno-Karabakh Republic (Artsakh) and its forces.
 *   <li>Organisations named by the coding guidelines: {@code EU}, {@code UN}, {@code OSCE},
 *       {@code NATO}, {@code CSTO}, and {@code INT} for the international community and other
 *       unnamed collectives of states (and for international NGOs).
 *   <li>Organisations of states the guidelines do not name, given a code of their own in the
 *       same manner: {@code COE} Council of Europe, {@code CIS} Commonwealth of Independent
 *       States, {@code OIC} Organisation of Islamic Cooperation, {@code AU} African Union,
 *       {@code LAS} League of Arab States, {@code CCTS} Turkic Council.
 * </ul>
 *
 * <p>A code is valid in {@code organisations.csv}, {@code people.csv} and {@code outlets.csv}
 * only when it is a {@code countries.csv} code or one of the organisation codes.
 */
public final class ActorCodes {
  private ActorCodes() {}

  /** Codes that {@code countries.csv} may use besides the JDK's ISO alpha-3 list. */
  public static final Set<String> EXTRA_STATE_CODES = Set.of("XKX", "NKR");

  /** Organisation codes named by the coding guidelines. */
  public static final Set<String> GUIDELINE_ORGANISATION_CODES =
      Set.of("EU", "UN", "OSCE", "NATO", "CSTO", "INT");

  /** Every organisation code, including this project's additions (see the class comment). */
  public static final Set<String> ORGANISATION_CODES =
      Set.of("EU", "UN", "OSCE", "NATO", "CSTO", "INT", "COE", "CIS", "OIC", "AU", "LAS", "CCTS");

  private static final Set<String> ISO_ALPHA3 = isoAlpha3();

  private static Set<String> isoAlpha3() {
    return Set.copyOf(new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)));
  }

  /** Whether {@code code} may head a row of {@code countries.csv}. */
  public static boolean isStateCode(String code) {
    return code != null && (ISO_ALPHA3.contains(code) || EXTRA_STATE_CODES.contains(code));
  }

  /** Whether {@code code} is an organisation code. */
  public static boolean isOrganisationCode(String code) {
    return code != null && ORGANISATION_CODES.contains(code);
  }
}
