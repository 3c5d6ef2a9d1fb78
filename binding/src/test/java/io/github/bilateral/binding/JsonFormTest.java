package io.github.bilateral.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.io.ReportException;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.UnknownFields;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.PossibleIdentity;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.Section;
import io.github.bilateral.model.Sourcing;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Fact;
import java.time.DateTimeException;
import org.junit.jupiter.api.Test;

class JsonFormTest {

  @Test
  void everyFormIsOfItsOwnTypeAndEachTypeHasOne() {
    assertThat(JsonForm.all()).extracting(JsonForm::type).doesNotHaveDuplicates().hasSize(38);
    for (JsonForm<?> form : JsonForm.all()) {
      assertThat(JsonForm.of(form.type())).isSameAs(form);
    }
    assertThat(JsonForm.of(Loan.class).shape()).isEqualTo(JsonForm.Shape.OBJECT);
    assertThat(JsonForm.of(ActorId.class)).hasToString("JsonForm[ActorId as string]");
  }

  @Test
  void factsAreTheWritersObjectsAndValuesTheirOwnStrings() {
    Report r = Reports.usPakistan2023();
    Loan loan = r.loans().get(0);
    assertThat(JsonForm.of(Loan.class).write(loan)).isEqualTo(ReportWriter.canonical().toJson(loan));
    assertThat(JsonForm.of(Loan.class).read(JsonForm.of(Loan.class).write(loan))).isEqualTo(loan);
    assertThat(JsonForm.of(Report.class).read(JsonForm.of(Report.class).write(r))).isEqualTo(r);
    assertThat(JsonForm.of(PartialDate.class).write(PartialDate.parse("late 2023-03"))).isEqualTo("late 2023-03");
    assertThat(JsonForm.of(ActorId.class).read("imf")).isEqualTo(ActorId.of("imf"));
  }

  @Test
  void badTextIsRejectedByTheLibrarysOwnChecks() {
    assertThatThrownBy(() -> JsonForm.of(PartialDate.class).read("2023-02-30")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> JsonForm.of(ActorId.class).read("IMF!")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonForm.of(Loan.class).read("{\"id\":\"x\"}")).isInstanceOf(ReportException.class);
  }

  @Test
  void nestedValuesHaveTheObjectTheyAreInsideAFact() {
    Loan loan = Reports.usPakistan2023().loans().stream().filter(l -> l.amount().isPresent()).findFirst().orElseThrow();
    Amount amount = loan.amount().get();
    assertThat(JsonForm.of(Amount.class).shape()).isEqualTo(JsonForm.Shape.OBJECT);
    assertThat(JsonForm.of(Amount.class).write(amount)).isEqualTo(ReportWriter.canonical().toJson(amount));
    assertThat(JsonForm.of(Amount.class).read(JsonForm.of(Amount.class).write(amount))).isEqualTo(amount);
    assertThatThrownBy(() -> JsonForm.of(UnknownFields.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No JSON form of its own for io.github.bilateral.model.UnknownFields; it is written and read as part of the fact that holds it");
  }

  @Test
  void theSourcingOfAFieldAndAPossibleIdentityHaveFormsOfTheirOwn() {
    Report r = Reports.usPakistan2023();
    Sourcing sourcing = FactKind.inFormatOrder().stream()
        .filter(k -> k != FactKind.SECTION)
        .flatMap(k -> k.facts(r).stream())
        .flatMap(f -> ((Fact) f).provenance().fields().values().stream())
        .findFirst().orElseThrow();
    assertThat(JsonForm.of(Sourcing.class).read(JsonForm.of(Sourcing.class).write(sourcing))).isEqualTo(sourcing);
    PossibleIdentity identity = r.actors().stream().flatMap(a -> a.possibleIdentities().stream())
        .findFirst().orElseThrow();
    assertThat(JsonForm.of(PossibleIdentity.class).write(identity))
        .isEqualTo(ReportWriter.canonical().toJson(identity));
    assertThat(JsonForm.of(PossibleIdentity.class).read(JsonForm.of(PossibleIdentity.class).write(identity)))
        .isEqualTo(identity);
  }

  @Test
  void everyKindOfFactHasAFormAndASectionHasNone() {
    for (FactKind kind : FactKind.values()) {
      if (kind != FactKind.SECTION) {
        assertThat(JsonForm.of(kind.modelType()).shape()).as(kind.toString()).isEqualTo(JsonForm.Shape.OBJECT);
      }
    }
    assertThatThrownBy(() -> JsonForm.of(Section.class)).isInstanceOf(IllegalArgumentException.class);
  }
}
