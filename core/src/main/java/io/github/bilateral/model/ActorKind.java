package io.github.bilateral.model;

/**
 * The kind of an {@link Actor}.
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code state}.
 *
 * <pre>{@code
 * q.actors().kind(ActorKind.ARMED_GROUP).list();   // al-qaeda, extremist-groups-pakistan, islamic-state-khorasan, taliban, ttp
 * report.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).map(Actor::name).toList();
 * }</pre>
 */
public enum ActorKind {
  /** A sovereign state, such as Pakistan. */
  STATE,
  /** An organisation of states, such as the IMF. */
  INTERNATIONAL_ORGANISATION,
  /** A ministry, agency, legislature, government or council, such as USAID. */
  GOVERNMENT_BODY,
  /** An army, intelligence service or other security body. */
  MILITARY_OR_SECURITY_BODY,
  /** A political party, such as the PTI. */
  POLITICAL_PARTY,
  /** A named person (or one clearly identified). */
  PERSON,
  /** A non-state armed group, such as the TTP. */
  ARMED_GROUP,
  /** A company, such as General Electric. */
  COMPANY,
  /** A community, population or loose collective, such as Afghan refugees or "U.S. policymakers". */
  COMMUNITY,
  /** A programme or initiative that acts as a party, such as CPEC. */
  PROGRAMME,
  /** Anything else that acts, such as a research institute. */
  OTHER
}
