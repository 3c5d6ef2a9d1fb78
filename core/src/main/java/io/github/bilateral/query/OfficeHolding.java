package io.github.bilateral.query;

import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Office;

/**
 * A person and one office they hold or held, such as Anwar-ul-Haq Kakar as caretaker Prime
 * Minister from mid 2023-08.
 *
 * <pre>{@code
 * for (OfficeHolding h : q.profile(ActorId.of("pakistan-military")).officeHolders()) {
 *   System.out.println(h.holder() + " " + h.office().title());
 * }
 * }</pre>
 *
 * <p>This record is immutable and thread-safe; it is equal to another with the same person and
 * office.
 *
 * @param holder the person
 * @param office the office, with its organisation and dates where known
 */
public record OfficeHolding(ActorId holder, Office office) {

  /** Returns text such as {@code anwar-ul-haq-kakar: caretaker Prime Minister (pakistan-caretaker-government)}. */
  @Override
  public String toString() {
    return holder + ": " + office.title() + office.organisation().map(o -> " (" + o + ")").orElse("");
  }
}
