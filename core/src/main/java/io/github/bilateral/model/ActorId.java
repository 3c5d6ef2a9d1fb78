package io.github.bilateral.model;

/**
 * The identifier of an actor, such as {@code imf} or {@code imran-khan}.
 *
 * <p>Obtain one with {@code ActorId.of("...")}; see {@link Identifier} for the rules. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * ActorId imf = ActorId.of("imf");
 * q.find(imf).map(Actor::name);   // Optional[IMF]
 * q.loans().lender(imf).list();   // the IMF's programmes with Pakistan
 * }</pre>
 */
public final class ActorId extends Identifier {

  private ActorId(String value) {
    super(value);
  }

  /**
   * Returns the ActorId with the given text.
   *
   * @param value lowercase kebab-case text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if {@code value} is empty, too long or not kebab-case
   */
  public static ActorId of(String value) {
    return new ActorId(checkValue("ActorId", value));
  }

  @Override
  public String kind() {
    return "actor";
  }
}
