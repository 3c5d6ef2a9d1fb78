package io.github.bilateral.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import io.github.bilateral.testing.ReportEdits;
import io.github.bilateral.testing.ReportEdits.Edit;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The invariants of the comparison, on generated reports and on edits of them that say what they did. */
class ComparePropertiesTest {

  /** A generated report and one edit of it. */
  static final class Case {
    final Report report;
    final Edit edit;

    Case(Report report, Edit edit) {
      this.report = report;
      this.edit = edit;
    }

    @Override
    public String toString() {
      return edit.description() + "\n" + ReportWriter.canonical().toJson(report);
    }
  }

  /** Two generated reports. */
  static final class Two {
    final Report a;
    final Report b;

    Two(Report a, Report b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public String toString() {
      return ReportWriter.canonical().toJson(a) + "\n---\n" + ReportWriter.canonical().toJson(b);
    }
  }

  private static Gen<Case> edited(BiFunction<Report, SplittableRandom, Optional<Edit>> edit) {
    return (r, size) -> {
      for (int tries = 0; ; tries++) {
        Report a = Generators.reports().generate(r, size + tries);
        Optional<Edit> e = edit.apply(a, r);
        if (e.isPresent()) {
          return new Case(a, e.get());
        }
      }
    };
  }

  private static final Gen<Case> ANY_EDIT = Gen.oneOf(edited(ReportEdits::rename), edited(ReportEdits::changeField),
      edited(ReportEdits::add), edited(ReportEdits::drop), edited(ReportEdits::shuffle));

  /** A report, and another that several edits of any kind made from it. */
  private static final Gen<Two> EDITED_MANY = (r, size) -> {
    Report a = Generators.reports().generate(r, size);
    Report b = a;
    for (int i = 1 + r.nextInt(5); i > 0; i--) {
      int kind = r.nextInt(5);
      Optional<Edit> e = kind == 0 ? ReportEdits.rename(b, r) : kind == 1 ? ReportEdits.changeField(b, r)
          : kind == 2 ? ReportEdits.add(b, r) : kind == 3 ? ReportEdits.drop(b, r) : ReportEdits.shuffle(b, r);
      if (e.isPresent()) {
        b = e.get().report();
      }
    }
    return new Two(a, b);
  };

  private static final Gen<Two> UNRELATED = Generators.reports().zip(Generators.reports(), Two::new);

  @Test
  void aReportHasNoDifferenceFromItself() {
    Property.forAll("diff(a, a) is empty", Generators.reports()).tries(100)
        .check(a -> ReportDiff.between(a, a).isEmpty());
  }

  @Test
  void thePatchTurnsTheFirstReportIntoTheSecond() {
    for (Gen<Two> pairs : List.of(EDITED_MANY, UNRELATED)) {
      Property.forAll("diff(a, b) applied to a gives b", pairs).tries(60).verify(t -> {
        try {
          assertThat(Patches.apply(ReportDiff.between(t.a, t.b).write(DiffFormat.JSON_PATCH), t.a))
              .isEqualTo(ReportWriter.canonical().toJson(t.b));
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      });
    }
  }

  @Test
  void theDiffOfTheSecondAndTheFirstIsTheInverse() {
    // Unrelated reports pair facts of one id whose fields differ, some held by one side only.
    for (Gen<Two> pairs : List.of(EDITED_MANY, UNRELATED)) {
      Property.forAll("diff(b, a) is the inverse of diff(a, b)", pairs).tries(60).verify(t -> {
        ReportDiff back = ReportDiff.between(t.b, t.a);
        ReportDiff inverse = ReportDiff.between(t.a, t.b).inverse();
        assertThat(back).isEqualTo(inverse);
        assertThat(inverse.alignment().pairs()).isEqualTo(back.alignment().pairs());
      });
    }
  }

  @Test
  void theDiffNamesExactlyWhatTheEditDid() {
    Property.forAll("the diff names the edit", ANY_EDIT).tries(100).verify(c -> {
      ReportDiff d = ReportDiff.between(c.report, c.edit.report());
      String what = c.edit.description().substring(0, c.edit.description().indexOf(' '));
      FactKind kind = c.edit.kind();
      assertThat(d.documentChanges()).isEmpty();
      switch (what) {
        case "rename": {
          assertThat(d.removed()).isEmpty();
          assertThat(d.added()).isEmpty();
          assertThat(d.reordered()).isEmpty();
          assertThat(d.alignment().pairs()).filteredOn(p -> p.pairing() == Pairing.CONTENT)
              .singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(kind);
                assertThat(p.oldId()).isEqualTo(c.edit.id());
                assertThat(p.newId()).isEqualTo(c.edit.newId());
              });
          String bare = quoted(c.edit.id());
          String ref = quoted(kind.word() + ":" + c.edit.id());
          for (FactDiff f : d.changed()) {
            for (FieldChange ch : f.allChanges()) {
              assertThat(ch.oldValue()).as(ch.toString()).get().isIn(bare, ref);
              assertThat(ch.newValue().get()).isEqualTo(ch.oldValue().get().replace(c.edit.id(), c.edit.newId()));
            }
          }
          assertThat(d.changed()).anySatisfy(f -> assertThat(f.changes()).extracting(FieldChange::path)
              .contains(Side.idField(kind)));
          break;
        }
        case "change":
          assertThat(d.removed()).isEmpty();
          assertThat(d.added()).isEmpty();
          assertThat(d.reordered()).isEmpty();
          assertThat(d.changed()).singleElement().satisfies(f -> {
            assertThat(f.pair().pairing()).isEqualTo(Pairing.ID);
            assertThat(f.pair().oldId()).isEqualTo(c.edit.id());
            assertThat(f.allChanges()).singleElement().satisfies(ch -> {
              assertThat(ch.path()).isEqualTo(c.edit.field().orElseThrow());
              assertThat(ch.newValue().get()).endsWith(" (revised)\"");
            });
          });
          break;
        case "add":
          assertThat(d.changed()).isEmpty();
          assertThat(d.removed()).isEmpty();
          assertThat(d.reordered()).isEmpty();
          assertThat(d.added()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.id()).isEqualTo(c.edit.newId());
          });
          break;
        case "drop":
          assertThat(d.changed()).isEmpty();
          assertThat(d.added()).isEmpty();
          assertThat(d.reordered()).isEmpty();
          assertThat(d.removed()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.id()).isEqualTo(c.edit.id());
          });
          break;
        default:
          assertThat(d.changed()).isEmpty();
          assertThat(d.added()).isEmpty();
          assertThat(d.removed()).isEmpty();
          assertThat(d.reordered()).containsExactly(kind);
          break;
      }
    });
  }

  private static String quoted(String s) {
    return "\"" + s + "\"";
  }

  @Test
  void aReportScoresOneInEveryCellAgainstItself() {
    Property.forAll("score(a, a) is 1 everywhere", Generators.reports()).tries(60).verify(a -> {
      ExtractionScore s = ExtractionScore.of(a, a);
      for (FactKind kind : FactKind.inFormatOrder()) {
        assertPerfect(s.facts(kind));
        s.fields(kind).values().forEach(ComparePropertiesTest::assertPerfect);
      }
      assertPerfect(s.factsMicro());
      assertPerfect(s.fieldsMicro());
      assertThat(List.of(s.factsMacroPrecision(), s.factsMacroRecall(), s.factsMacroF1())).containsOnly(1.0);
    });
  }

  private static void assertPerfect(Counts c) {
    assertThat(c.missing()).isZero();
    assertThat(c.extra()).isZero();
    assertThat(c.precision()).isEqualTo(1.0);
    assertThat(c.recall()).isEqualTo(1.0);
    if (c.matched() > 0) {
      assertThat(c.f1()).isEqualTo(1.0);
    }
  }
}
