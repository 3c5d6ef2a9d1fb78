package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Provenance;
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

  /**
   * A list that a document must not leave empty is one that the model refuses empty too, so that a
   * fact built in code obeys the rule that the reader applies; and the model refuses no other list
   * empty. The first fact of each kind in the bundled report is copied with one list emptied, and
   * that list's sourcing dropped from its provenance.
   */
  @Test
  void theModelRefusesEmptyExactlyTheListsTheTableRequires() throws Exception {
    Report report = Reports.usPakistan2023();
    int checked = 0;
    for (FactKind kind : FactKind.values()) {
      if (kind == FactKind.SECTION) {
        continue;
      }
      Class<?> model = kind.modelType();
      Class<?> builder = Accessors.builderClass(model);
      for (Field field : Format.shape(kind).typedFields()) {
        if (field.holding != Field.Holding.LIST || !field.inVersion(Json.SCHEMA_VERSION)) {
          continue;
        }
        Fact fact = (Fact) kind.facts(report).get(0);
        Provenance provenance = fact.provenance();
        Object b = model.getMethod("builder").invoke(null);
        builder.getMethod("from", model.getSuperclass()).invoke(b, fact);
        builder.getMethod(field.name, Iterable.class).invoke(b, List.of());
        // The provenance may not name a list that is left empty: drop the list's sourcing too.
        builder.getMethod("provenance", Provenance.class).invoke(b, provenance.withFields(
            com.google.common.collect.Maps.filterKeys(provenance.fields(), name -> !name.equals(field.name))));
        boolean refused;
        try {
          builder.getMethod("build").invoke(b);
          refused = false;
        } catch (java.lang.reflect.InvocationTargetException e) {
          assertThat(e.getCause()).isInstanceOfAny(IllegalArgumentException.class, IllegalStateException.class);
          refused = true;
        }
        assertThat(refused).as(kind.word() + "." + field.name + " empty refused").isEqualTo(
            field.requiredIn(Json.SCHEMA_VERSION));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(20);
  }
}
