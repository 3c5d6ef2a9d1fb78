package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One report queried from many threads at once, starting together on a report whose query indexes
 * are not yet built, gives every thread the same answers as a single thread gets.
 */
class ConcurrentQueryTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 5;

  /** Asks a spread of questions and renders every answer in full, in a fixed order. */
  static List<String> ask(Report report) {
    ReportQuery q = ReportQuery.shared(report);
    ActorId pakistan = ActorId.of("pakistan");
    List<Object> answers = new ArrayList<>();
    answers.add(q.findActor("IMF"));
    answers.add(q.findActor("Kakar"));
    answers.add(q.searchActors("khan"));
    answers.add(q.loans().lender(ActorId.of("china")).list());
    answers.add(q.loans().borrower(pakistan).totals());
    answers.add(q.loans().totalsByYear());
    answers.add(q.events().dated(DateRange.of(PartialDate.parse("2023"))).list());
    answers.add(q.graph().links());
    answers.add(q.graph().links(pakistan));
    answers.add(q.timeline().entries());
    answers.add(q.timeline().involving(ActorId.of("imf")).byYear());
    answers.add(q.profile(pakistan).moneyGiven());
    answers.add(q.profile(pakistan).relations());
    answers.add(q.asOf(LocalDate.of(2023, 7, 1)).outstandingLoans());
    answers.add(q.evidence(FactRef.parse("loan:imf-sba-2023")));
    answers.add(q.facts().map(Fact::ref).collect(Collectors.toList()));
    return answers.stream().map(String::valueOf).collect(Collectors.toList());
  }

  @Test
  void manyThreadsAtOnceGetTheSameAnswersAsOne() throws Exception {
    List<String> expected = ask(Reports.usPakistan2023());
    // The questions have real answers, so that agreeing on them means something.
    assertThat(expected.get(0)).startsWith("Optional[Actor{id=imf");
    assertThat(expected.get(1)).startsWith("Optional[Actor{id=anwar-ul-haq-kakar");
    assertThat(expected.get(3)).startsWith("[Loan{");
    assertThat(expected.get(9)).startsWith("[");
    assertThat(expected.get(9).length()).isGreaterThan(1000);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        // A report of its own, read afresh, so that its lazy indexes are built under contention.
        Report fresh = ReportReader.strict().readResource(Reports.US_PAKISTAN_2023_RESOURCE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> answers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          answers.add(pool.submit(() -> {
            start.await();
            return ask(fresh);
          }));
        }
        start.countDown();
        for (Future<List<String>> f : answers) {
          assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
