package io.github.bilateral.model;

/**
 * The kind of a {@link Relation}, read as {@code from KIND to}.
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code member-of}.
 *
 * <pre>{@code
 * q.relations().kind(RelationKind.CREDITOR_OF).list();   // Pakistan's creditors: China, the IMF, Saudi Arabia, the World Bank
 * q.graph().subgraph(LinkKind.of(RelationKind.CREDITOR_OF)).actors();
 * }</pre>
 */
public enum RelationKind {
  /** {@code from} is a member of {@code to}. */
  MEMBER_OF,
  /** {@code from} is part of {@code to}. */
  PART_OF,
  /** {@code from} leads or heads {@code to}. */
  LEADS,
  /** {@code from} is allied or partnered with {@code to}. */
  ALLIED_WITH,
  /** {@code from} is a rival of {@code to}. */
  RIVAL_OF,
  /** {@code from} opposes {@code to}. */
  OPPOSES,
  /** {@code from} supports {@code to}. */
  SUPPORTS,
  /** {@code from} mediates for or with {@code to}. */
  MEDIATES_FOR,
  /** {@code from} exerts influence over {@code to}. */
  INFLUENCES,
  /** {@code from} trades with {@code to}. */
  TRADE_PARTNER_OF,
  /** {@code from} is a creditor of {@code to}. */
  CREDITOR_OF,
  /** {@code from} designates {@code to}, such as a terrorist organisation. */
  DESIGNATES,
  /** {@code from} engages diplomatically with {@code to}. */
  ENGAGES_WITH,
  /** {@code from} hosts {@code to}, such as refugees. */
  HOSTS
}
