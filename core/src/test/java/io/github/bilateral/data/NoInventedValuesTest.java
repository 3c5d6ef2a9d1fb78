package io.github.bilateral.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.ReportQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The bundled dataset invents no value: a vague quantity ("dozens", "several", "billions") has no
 * point value, in the file and in the API, and every value whose basis is {@code inferred} or
 * {@code outside-knowledge} says, in a note, how it was worked out or where it comes from.
 */
class NoInventedValuesTest {

  private static final Report REPORT = Reports.usPakistan2023();

  @Test
  void noVagueQuantityHasAPointValue() {
    List<String> vague = new ArrayList<>();
    for (Figure f : REPORT.figures()) {
      Estimate e = f.estimate();
      if (e.isVague()) {
        assertThat(e.value()).as(f.id().value()).isEmpty();
        assertThat(e.printed()).as(f.id().value()).isPresent();
        f.amount().ifPresent(a -> assertThat(a.point()).as(f.id().value()).isEmpty());
        vague.add(f.id().value() + " " + e.qualifier() + " '" + e.printed().orElseThrow() + "'");
      } else {
        assertThat(e.value()).as(f.id().value()).isPresent();
      }
    }
    for (Loan l : REPORT.loans()) {
      if (l.amount().isPresent()) {
        Amount a = l.amount().get();
        assertThat(a.point().isPresent()).as(l.id().value()).isEqualTo(!a.estimate().isVague());
        if (a.estimate().isVague()) {
          vague.add(l.id().value() + " " + a.estimate().qualifier());
        }
      }
    }
    // "dozens" of facilities was stored as 24 and "billions" as 2,000,000,000 in version 1
    assertThat(vague).containsExactly(
        "baluchistan-health-facilities-renovated DOZENS 'dozens of health care facilities'",
        "congressmen-calling-for-un-oversight SEVERAL 'several congressmen'",
        "countries-with-taliban-ties SEVERAL 'a handful of countries'",
        "pti-figures-arrested SEVERAL 'several prominent figures'",
        "us-tech-investment-india BILLIONS 'billions of dollars'");
    // and no total of the bundled money is made exact by a vague amount
    var totals = ReportQuery.shared(REPORT).loans().totals();
    for (var t : com.google.common.collect.Iterables.concat(totals.totals(), totals.notCommitted())) {
      assertThat(t.point().isPresent()).as(t.toString()).isEqualTo(!t.isVague());
    }
  }

  @Test
  void everyInferredOrOutsideValueHasANote() {
    Map<String, Integer> bases = new TreeMap<>();
    List<String> withoutNote = new ArrayList<>();
    walk(bundledJson(), "", bases, withoutNote);
    assertThat(withoutNote).isEmpty();
    assertThat(bases).containsExactly(Map.entry("inferred", 721), Map.entry("outside-knowledge", 29));
  }

  /** Counts each object whose basis needs a note, and lists those without one, by path. */
  private static void walk(JsonNode node, String path, Map<String, Integer> bases, List<String> withoutNote) {
    if (node.isObject()) {
      String basis = node.path("basis").asText("");
      if (basis.equals("inferred") || basis.equals("outside-knowledge")) {
        bases.merge(basis, 1, Integer::sum);
        if (node.path("note").asText("").isBlank()) {
          withoutNote.add(path);
        }
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), path + "." + e.getKey(), bases, withoutNote);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", bases, withoutNote);
      }
    }
  }

  private static JsonNode bundledJson() {
    try (InputStream in = NoInventedValuesTest.class.getResourceAsStream(Reports.US_PAKISTAN_2023_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled dataset is not on the class path");
      }
      return DatasetStrings.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
