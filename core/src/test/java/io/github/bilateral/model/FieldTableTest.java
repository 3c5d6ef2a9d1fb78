package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The field table itself, on tables built here rather than the model's own, whose construction runs
 * once, when the model's classes are first loaded.
 */
class FieldTableTest {

  private static final Provenance PROV = Provenance.builder().addSection(SectionId.of("s")).build();

  private static Loan loan() {
    return Loan.builder().id(LoanId.of("l")).kind(LoanKind.ROLLOVER)
        .addLender(ActorId.of("china")).addBorrower(ActorId.of("pakistan"))
        .status(LoanStatus.ROLLED_OVER).summary("A rollover.").provenance(PROV).build();
  }

  @Test
  void eachFieldsRulesRunInTheTablesOrderWithTheFieldsPathAndValue() {
    List<String> ran = new ArrayList<>();
    FieldTable.Rule record = (where, field, value, fact) -> ran.add(where + field + "=" + value);
    FieldTable<AbstractLoan> table = FieldTable.<AbstractLoan>of("Loan")
        .always("kind")
        .list("borrowers", AbstractLoan::borrowers, record)
        .optional("purpose", AbstractLoan::purpose)
        .list("lenders", AbstractLoan::lenders, record, record)
        .build();

    assertThat(table.check(loan())).isEqualTo("Loan 'l'");
    assertThat(ran).containsExactly(
        "Loan 'l'.borrowers=[pakistan]", "Loan 'l'.lenders=[china]", "Loan 'l'.lenders=[china]");
    assertThat(table.names()).containsExactly("kind", "borrowers", "purpose", "lenders");
    assertThat(table.held(loan())).containsExactly("kind", "borrowers", "lenders");
  }

  @Test
  void aRuleThatFailsStopsTheCheck() {
    FieldTable<AbstractLoan> table = FieldTable.<AbstractLoan>of("Loan")
        .list("lenders", AbstractLoan::lenders, (where, field, value, fact) -> {
          throw Checks.invalid(where + field, "refused here", value);
        })
        .build();
    assertThatThrownBy(() -> table.check(loan()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid Loan 'l'.lenders (refused here): [china]");
  }

  @Test
  void aFieldListedTwiceIsRefusedWhenTheTableIsBuilt() {
    assertThatThrownBy(() -> FieldTable.<AbstractLoan>of("Loan").always("kind").optional("kind", AbstractLoan::purpose))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Loan lists the field 'kind' twice");
  }
}
