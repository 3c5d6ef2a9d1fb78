package io.github.bilateral.query;

import io.github.bilateral.model.RelationKind;

/**
 * The kind of a {@link Link} in the {@link RelationGraph}: one for each {@link RelationKind}, and
 * three that other facts imply.
 *
 * <table>
 *   <caption>Where links come from</caption>
 *   <tr><th>kind</th><th>from</th><th>to</th><th>fact</th></tr>
 *   <tr><td>{@link #LENDS_TO}</td><td>each lender</td><td>each borrower</td><td>a loan or other money</td></tr>
 *   <tr><td>{@link #PARTY_WITH}</td><td>a party</td><td>each later party</td><td>an agreement, unless it is absent or did not materialise</td></tr>
 *   <tr><td>{@link #HOLDS_OFFICE_IN}</td><td>a person</td><td>the office's organisation</td><td>an actor's office</td></tr>
 *   <tr><td>the others</td><td>{@code from}</td><td>{@code to}</td><td>a relation of the same kind</td></tr>
 * </table>
 *
 * <pre>{@code
 * RelationGraph money = q.graph().subgraph(LinkKind.LENDS_TO, LinkKind.CREDITOR_OF);
 * money.neighbours(ActorId.of("pakistan"));   // who lends to it or is its creditor
 * LinkKind.of(RelationKind.SUPPORTS);         // SUPPORTS
 * }</pre>
 */
public enum LinkKind {
  /** Lends, grants, invests or otherwise gives money to. */
  LENDS_TO,
  /**
   * Is party to an agreement with. An agreement the report calls absent or not materialised gives
   * no link: it ties no one, and a path through it would join actors by something that does not
   * exist. Such agreements stay reachable through {@code q.agreements().party(actor)}.
   */
  PARTY_WITH,
  /** Holds or held an office in. */
  HOLDS_OFFICE_IN,
  /** Is a member of. */
  MEMBER_OF,
  /** Is part of. */
  PART_OF,
  /** Leads. */
  LEADS,
  /** Is allied with. */
  ALLIED_WITH,
  /** Is a rival of. */
  RIVAL_OF,
  /** Opposes. */
  OPPOSES,
  /** Supports. */
  SUPPORTS,
  /** Mediates for. */
  MEDIATES_FOR,
  /** Influences. */
  INFLUENCES,
  /** Trades with. */
  TRADE_PARTNER_OF,
  /** Is a creditor of. */
  CREDITOR_OF,
  /** Designates, as a terrorist organisation for example. */
  DESIGNATES,
  /** Engages with. */
  ENGAGES_WITH,
  /** Hosts, such as refugees. */
  HOSTS;

  /**
   * {@return the link kind of a relation of kind {@code kind}}
   *
   * @param kind the relation's kind, not null
   */
  public static LinkKind of(RelationKind kind) {
    // A switch expression must cover every constant, so a new relation kind does not compile unmapped.
    return switch (kind) {
      case MEMBER_OF -> MEMBER_OF;
      case PART_OF -> PART_OF;
      case LEADS -> LEADS;
      case ALLIED_WITH -> ALLIED_WITH;
      case RIVAL_OF -> RIVAL_OF;
      case OPPOSES -> OPPOSES;
      case SUPPORTS -> SUPPORTS;
      case MEDIATES_FOR -> MEDIATES_FOR;
      case INFLUENCES -> INFLUENCES;
      case TRADE_PARTNER_OF -> TRADE_PARTNER_OF;
      case CREDITOR_OF -> CREDITOR_OF;
      case DESIGNATES -> DESIGNATES;
      case ENGAGES_WITH -> ENGAGES_WITH;
      case HOSTS -> HOSTS;
    };
  }

}
