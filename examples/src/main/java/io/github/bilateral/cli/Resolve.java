package io.github.bilateral.cli;

import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.query.DateRange;
import io.github.bilateral.query.ReportQuery;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns option values into the model's values; a value that names nothing is a usage error. */
final class Resolve {

  private Resolve() {}

  /**
   * Returns the actor named by id, name or alias (compared without case, accents or punctuation),
   * or fails with the nearest names.
   */
  static ActorId actor(CommandSpec spec, String option, ReportQuery q, String text) {
    try {
      return q.requireActor(text).id();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  /** Returns the constant whose JSON word ({@code rolled-over}) or name ({@code ROLLED_OVER}) is {@code text}. */
  static <E extends Enum<E>> E constant(CommandSpec spec, String option, Class<E> type, String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    for (E e : type.getEnumConstants()) {
      if (Text.word(e).equals(wanted)) {
        return e;
      }
    }
    throw new ParameterException(spec.commandLine(), option + ": unknown value '" + text + "'; choose one of "
        + Arrays.stream(type.getEnumConstants()).map(Text::word).collect(Collectors.joining(", ")));
  }

  /** Returns a date such as {@code 2023}, {@code 2023-05} or {@code 2023-05-09}. */
  static PartialDate date(CommandSpec spec, String option, String text) {
    try {
      return PartialDate.parse(text.trim());
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": '" + text
          + "' is not a date; write a year, a month or a day, such as 2023, 2023-05 or 2023-05-09");
    }
  }

  /**
   * Returns the range from the start of {@code from} to the end of {@code to}, either open, or empty
   * when neither is given.
   */
  static Optional<DateRange> range(CommandSpec spec, @Nullable String from, @Nullable String to) {
    if (from == null && to == null) {
      return Optional.empty();
    }
    Optional<PartialDate> f = Optional.ofNullable(from).map(t -> date(spec, "--from", t));
    Optional<PartialDate> t = Optional.ofNullable(to).map(x -> date(spec, "--to", x));
    if (f.isPresent() && t.isPresent() && f.get().start().isAfter(t.get().end())) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    return Optional.of(DateRange.of(f, t));
  }
}
