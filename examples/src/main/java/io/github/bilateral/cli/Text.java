package io.github.bilateral.cli;

import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.Money;
import io.github.bilateral.model.Quantity;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.SpoofingCharacters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How facts read in tables. */
final class Text {

  private Text() {}

  /**
   * Returns free text as it may be printed on a terminal: each character that could disguise it,
   * such as a right-to-left override or an escape, written as its code ({@code <U+202E>}).
   */
  static String safe(String text) {
    return SpoofingCharacters.escape(text);
  }

  /** Returns free text on one line, safe to print: line breaks and tabs become spaces, the rest as {@link #safe}. */
  static String line(String text) {
    return safe(text.replace("\r\n", " ").replace('\n', ' ').replace('\t', ' '));
  }

  /** Returns an enum constant as its JSON word, such as {@code stand-by-arrangement}. */
  static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns the actors' names, comma-separated; an unknown id stands for itself. */
  static String names(Report report, List<ActorId> ids) {
    return ids.stream()
        .map(id -> report.findActor(id).map(Actor::name).orElse(id.value()))
        .collect(Collectors.joining(", "));
  }

  /**
   * Returns an amount as printed, then its point value and hedge: {@code $3 billion [USD 3000000000]};
   * a vague amount shows no number: {@code billions [USD, billions, no number given]}.
   */
  static String amount(Amount a) {
    Optional<Money> point = a.point();
    if (point.isEmpty()) {
      return vague(a.estimate(), a.currency().getCurrencyCode());
    }
    return a.estimate().printed().orElse(point.get().toString())
        + " [" + point.get() + (a.estimate().isExact() ? "" : ", " + hedge(a.estimate())) + "]";
  }

  /**
   * Returns a quantity as printed, then its value and unit: {@code nearly 4 million [4000000 people]};
   * a vague one shows no number: {@code dozens of [facilities, dozens, no number given]}.
   */
  static String quantity(Quantity q) {
    Optional<BigDecimal> value = q.estimate().value();
    if (value.isEmpty()) {
      return vague(q.estimate(), q.unit());
    }
    return q.estimate().printed().orElse(value.get().toPlainString())
        + " [" + value.get().toPlainString() + " " + q.unit() + "]";
  }

  private static String vague(Estimate e, String unit) {
    return e.printed().orElse(hedge(e)) + " [" + unit + ", " + hedge(e) + ", no number given]";
  }

  private static String hedge(Estimate e) {
    return e.qualifier().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
