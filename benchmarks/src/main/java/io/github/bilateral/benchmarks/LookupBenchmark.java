package io.github.bilateral.benchmarks;

import io.github.bilateral.io.ReportReader;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.ActorProfile;
import io.github.bilateral.query.DateMatch;
import io.github.bilateral.query.DateRange;
import io.github.bilateral.query.ReportQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 3: look-ups through {@code ReportQuery.shared(report)} (indexes built once, in the set-up) against
 * the linear stream filter a user would write over the same report's lists, at 1k, 100k and 1M
 * facts. Each look-up asks for a fact that exists, named by the generator's pure id and name
 * functions: an actor in the middle of the list (a typical one, referenced a few times).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class LookupBenchmark {

  @Param({"1k", "100k", "1m"})
  public String dataset;

  private Report report;
  private ReportQuery query;
  private ActorId actor;
  private String name;
  private ActorId lender;
  private DateRange day;
  private LocalDate dayDate;

  @Setup(Level.Trial)
  public void setUp() {
    report = ReportReader.strict().withMaxBytes(Long.MAX_VALUE).withMaxFacts(Integer.MAX_VALUE).read(Datasets.file(dataset));
    query = ReportQuery.shared(report).prepare();
    int middle = report.actors().size() / 2;
    actor = ActorId.of(SyntheticReport.actorId(middle));
    name = SyntheticReport.actorName(middle);
    // The lender of a loan in the middle of the list: an actor that does lend.
    lender = report.loans().get(report.loans().size() / 2).lenders().get(0);
    dayDate = LocalDate.of(2011, 3, 14);
    day = DateRange.of(dayDate, dayDate);
  }

  // ---- by id

  @Benchmark
  public Optional<Actor> byIdIndexed() {
    return query.find(actor);
  }

  @Benchmark
  public Optional<Actor> byIdLinear() {
    return report.actors().stream().filter(a -> a.id().equals(actor)).findFirst();
  }

  // ---- by name (the index folds case, accents and punctuation; the linear filter compares exactly)

  @Benchmark
  public Optional<Actor> byNameIndexed() {
    return query.findActor(name);
  }

  @Benchmark
  public Optional<Actor> byNameLinear() {
    return report.actors().stream()
        .filter(a -> a.name().equalsIgnoreCase(name) || a.aliases().contains(name)).findFirst();
  }

  // ---- money by lender

  @Benchmark
  public List<Loan> loansByLenderIndexed() {
    return query.loans().lender(lender).list();
  }

  @Benchmark
  public List<Loan> loansByLenderLinear() {
    return report.loans().stream().filter(l -> l.lenders().contains(lender)).collect(Collectors.toList());
  }

  // ---- events within one day (every day of the event's span in the range)

  @Benchmark
  public List<Event> eventsOnADayIndexed() {
    return query.events().dated(day, DateMatch.WITHIN).list();
  }

  @Benchmark
  public List<Event> eventsOnADayLinear() {
    return report.events().stream().filter(e -> e.date().isPresent() && within(e.date().get())).collect(Collectors.toList());
  }

  private boolean within(PartialDate date) {
    return !date.start().isBefore(dayDate) && !date.end().isAfter(dayDate);
  }

  // ---- actor profile

  @Benchmark
  public ActorProfile profileIndexed() {
    return query.profile(actor);
  }

  /** Every fact that names the actor, found by scanning every list of the report. */
  @Benchmark
  public List<Fact> profileLinear() {
    return Stream.of(
        report.loans().stream().filter(l -> l.lenders().contains(actor) || l.borrowers().contains(actor)),
        report.agreements().stream().filter(a -> a.parties().contains(actor)),
        report.recommendations().stream()
            .filter(r -> r.addressees().contains(actor) || r.subjects().contains(actor)),
        report.events().stream().filter(e -> e.actors().contains(actor)),
        report.figures().stream().filter(f -> f.actors().contains(actor)),
        report.assessments().stream().filter(a -> a.actors().contains(actor)),
        report.relations().stream().filter(r -> r.from().equals(actor) || r.to().equals(actor)),
        report.actors().stream().filter(a -> a.offices().stream()
            .anyMatch(o -> o.organisation().equals(Optional.of(actor)))))
        .flatMap(s -> s.map(f -> (Fact) f))
        .collect(Collectors.toList());
  }
}
