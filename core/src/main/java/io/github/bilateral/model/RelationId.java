package io.github.bilateral.model;

/**
 * The identifier of a relation between two actors, such as {@code imran-khan-leads-pti}.
 *
 * <p>Obtain one with {@code RelationId.of("...")}; see {@link Identifier} for the rules. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * q.find(RelationId.of("china-creditor-of-pakistan")).map(Relation::kind);   // Optional[CREDITOR_OF]
 * }</pre>
 */
public final class RelationId extends Identifier {

  private RelationId(String value) {
    super(value);
  }

  /**
   * Returns the RelationId with the given text.
   *
   * @param value lowercase kebab-case text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if {@code value} is empty, too long or not kebab-case
   */
  public static RelationId of(String value) {
    return new RelationId(checkValue("RelationId", value));
  }

  @Override
  public String kind() {
    return "relation";
  }
}
