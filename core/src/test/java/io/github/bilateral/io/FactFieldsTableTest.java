package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The model's list of the fields a provenance may name ({@link FactKind#fieldNames()}) against the
 * format's table: the model cannot read the table (it must not depend on {@code io}), so this test
 * keeps the two in step. The names must be the table's top-level fields of the kind's shape, in the
 * table's order, without the id, the citation's footnote number, the provenance and a date's part;
 * and for every fact of the bundled report the fields the model says it holds must be the fields the
 * writer writes.
 */
class FactFieldsTableTest {

  private static final Set<String> NOT_NAMEABLE = Set.of("id", "footnote", "provenance");

  @Test
  void everyKindNamesTheTablesFieldsInTheTablesOrder() {
    for (FactKind kind : FactKind.values()) {
      if (kind == FactKind.SECTION) {
        assertThat(kind.fieldNames()).as("a section has no provenance, so it names no field").isEmpty();
        continue;
      }
      List<String> table = new ArrayList<>();
      for (Field field : Format.shape(kind).typedFields()) {
        if (field.inVersion(Json.SCHEMA_VERSION) && !NOT_NAMEABLE.contains(field.name)) {
          table.add(field.name);
        }
      }
      assertThat(kind.fieldNames()).as(kind.word()).containsExactlyElementsOf(table);
    }
  }

  @Test
  void theFieldsAFactHoldsAreTheFieldsTheWriterWrites() throws Exception {
    Report report = Reports.usPakistan2023();
    ReportWriter writer = ReportWriter.canonical();
    ObjectMapper mapper = new ObjectMapper();
    int checked = 0;
    for (FactKind kind : FactKind.values()) {
      if (kind == FactKind.SECTION) {
        continue;
      }
      for (Object fact : kind.facts(report)) {
        JsonNode written = mapper.readTree(writer.toJson((Fact) fact));
        List<String> names = new ArrayList<>();
        written.fieldNames().forEachRemaining(name -> {
          if (!NOT_NAMEABLE.contains(name) && !name.equals("datePart")) {
            names.add(name);
          }
        });
        assertThat(kind.heldFields(fact)).as(kind.word() + " " + kind.idOf(fact)).containsExactlyElementsOf(names);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(700);
  }
}
