package io.github.bilateral.query;

import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Office;
import java.util.Objects;

/**
 * A person and one office they hold or held, such as Anwar-ul-Haq Kakar as caretaker Prime
 * Minister from mid 2023-08.
 *
 * <pre>{@code
 * for (OfficeHolding h : q.profile(ActorId.of("pakistan-army")).officeHolders()) {
 *   System.out.println(h.holder() + " " + h.office().title());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OfficeHolding {

  private final ActorId holder;
  private final Office office;

  OfficeHolding(ActorId holder, Office office) {
    this.holder = holder;
    this.office = office;
  }

  /** {@return the person} */
  public ActorId holder() {
    return holder;
  }

  /** {@return the office, with its organisation and dates where known} */
  public Office office() {
    return office;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OfficeHolding && ((OfficeHolding) o).holder.equals(holder)
        && ((OfficeHolding) o).office.equals(office);
  }

  @Override
  public int hashCode() {
    return Objects.hash(holder, office);
  }

  /** Returns text such as {@code anwar-ul-haq-kakar: caretaker Prime Minister (pakistan-caretaker-government)}. */
  @Override
  public String toString() {
    return holder + ": " + office.title() + office.organisation().map(o -> " (" + o + ")").orElse("");
  }
}
