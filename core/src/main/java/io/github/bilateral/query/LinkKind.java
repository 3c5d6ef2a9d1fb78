package io.github.bilateral.query;

import io.github.bilateral.model.RelationKind;
import java.util.EnumMap;
import java.util.Objects;
import java.util.Optional;

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
 * LinkKind.LENDS_TO.relationKind();           // Optional.empty
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
  MEMBER_OF(RelationKind.MEMBER_OF),
  /** Is part of. */
  PART_OF(RelationKind.PART_OF),
  /** Leads. */
  LEADS(RelationKind.LEADS),
  /** Is allied with. */
  ALLIED_WITH(RelationKind.ALLIED_WITH),
  /** Is a rival of. */
  RIVAL_OF(RelationKind.RIVAL_OF),
  /** Opposes. */
  OPPOSES(RelationKind.OPPOSES),
  /** Supports. */
  SUPPORTS(RelationKind.SUPPORTS),
  /** Mediates for. */
  MEDIATES_FOR(RelationKind.MEDIATES_FOR),
  /** Influences. */
  INFLUENCES(RelationKind.INFLUENCES),
  /** Trades with. */
  TRADE_PARTNER_OF(RelationKind.TRADE_PARTNER_OF),
  /** Is a creditor of. */
  CREDITOR_OF(RelationKind.CREDITOR_OF),
  /** Designates, as a terrorist organisation for example. */
  DESIGNATES(RelationKind.DESIGNATES),
  /** Engages with. */
  ENGAGES_WITH(RelationKind.ENGAGES_WITH),
  /** Hosts, such as refugees. */
  HOSTS(RelationKind.HOSTS);

  private static final EnumMap<RelationKind, LinkKind> BY_RELATION = new EnumMap<>(RelationKind.class);

  static {
    for (LinkKind k : values()) {
      k.relation.ifPresent(r -> BY_RELATION.put(r, k));
    }
    for (RelationKind r : RelationKind.values()) {
      if (!BY_RELATION.containsKey(r)) {
        throw new IllegalStateException("LinkKind has no constant for RelationKind." + r + "; add one that names it");
      }
    }
  }

  private final Optional<RelationKind> relation;

  /** A kind that other facts than relations imply. */
  LinkKind() {
    this.relation = Optional.empty();
  }

  /** The kind of the links that relations of kind {@code relation} give. */
  LinkKind(RelationKind relation) {
    this.relation = Optional.of(relation);
  }

  /**
   * {@return the link kind of a relation of kind {@code kind}}
   *
   * @param kind the relation's kind, not null
   */
  public static LinkKind of(RelationKind kind) {
    return BY_RELATION.get(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Returns the kind of the relations that give links of this kind: {@code
   * Optional[SUPPORTS]} for {@link #SUPPORTS}, empty for the three kinds that loans, agreements and
   * offices imply.
   *
   * @return the relation kind, or empty
   */
  public Optional<RelationKind> relationKind() {
    return relation;
  }
}
