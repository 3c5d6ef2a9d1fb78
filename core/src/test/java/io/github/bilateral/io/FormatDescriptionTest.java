package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.LoanStatus;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.UnknownFields;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A mistake in the description of the format is found when the description is built, with the
 * model type and the field it names: a field whose accessor or setter the model lacks, a field named
 * alone in a shape without a model class, more fields than a set of seen fields holds, a part of a
 * date asked for as a field. A shape described here, as {@link Format} describes its own, binds the
 * model's accessors and setters, numbers its slots and knows its required fields by version.
 */
class FormatDescriptionTest {

  /** An office as {@link Format} describes it, with a note that only version 2 has and a title only version 1 requires. */
  private static Shape<Office> office() {
    return Shape.of("Office", "office", Office.class)
        .one("title", ValueKind.TEXT).requiredUntil(1)
        .optional("organisation", ValueKind.reference(io.github.bilateral.model.FactKind.ACTOR,
            ValueKind.id(ActorId::of)))
        .date("from", false)
        .defaulted("acting", ValueKind.BOOLEAN, false)
        .optional("note", ValueKind.TEXT).since(2).required()
        .build();
  }

  /** Reads {@code json} as one value of {@code shape}; the problems as {@code path: reason}, or the value. */
  private static Object read(Shape<?> shape, String json) throws IOException {
    try (JsonParser p = Json.reading(1 << 20, 64, 1 << 20).createParser(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      Cursor c = new Cursor(p, 100, false);
      Object value = new TableReader(c, new Resolver(), 1000).single(shape);
      return c.problems().isEmpty() ? value
          : c.problems().stream().map(x -> x.path() + ": " + x.reason()).collect(Collectors.toList());
    }
  }

  @Test
  void aShapeDescribedInATestReadsAndWritesLikeTheFormats() throws IOException {
    Shape<Office> shape = office();
    String json = "{\"title\": \"Minister\", \"organisation\": \"cabinet\", \"from\": \"2023-07\","
        + " \"fromPart\": \"mid\", \"acting\": true, \"note\": \"n\"}";
    Office office = (Office) read(shape, json);
    assertThat(office).isEqualTo(Office.builder().title("Minister").organisation(ActorId.of("cabinet"))
        .from(PartialDate.parse("2023-07").withPart(PartialDate.Part.MID)).acting(true).note("n").build());
    assertThat(TableWriter.standalone(shape, office)).isEqualTo(TableWriter.standalone(Format.OFFICE, office));
    assertThat(read(shape, "{\"note\": \"n\", \"title\": \"t\"}")).isEqualTo(
        Office.builder().title("t").note("n").build());
  }

  @Test
  void aKindOfConvertedValueMadeAfterManyOthersStillKeepsItsValuesOnce() throws IOException {
    // Each converted kind has a number and a table in each load: one made after a hundred more
    // than the format's own must still find its table.
    ValueKind last = ValueKind.TEXT;
    for (int i = 0; i < 100; i++) {
      last = ValueKind.id(ActorId::of);
    }
    Shape<Office> shape = Shape.of("Office", "office", Office.class)
        .one("title", ValueKind.TEXT)
        .optional("organisation", ValueKind.reference(io.github.bilateral.model.FactKind.ACTOR, last))
        .build();
    assertThat(read(shape, "{\"title\": \"t\", \"organisation\": \"cabinet\"}"))
        .isEqualTo(Office.builder().title("t").organisation(ActorId.of("cabinet")).build());
  }

  @Test
  void slotsFollowTheNamesAndAPartTakesTheSlotAfterItsDate() {
    Shape<Office> shape = office();
    assertThat(shape.allFields()).containsExactly("title", "organisation", "from", "fromPart", "acting", "note");
    for (String name : shape.allFields()) {
      assertThat(shape.slot(name)).as(name).isEqualTo(List.copyOf(shape.allFields()).indexOf(name));
    }
    assertThat(shape.size()).isEqualTo(6);
    assertThat(shape.field(3).name).isEqualTo("from");
    assertThat(shape.field("note").slot).isEqualTo(5);
    assertThat(shape.field("from").holding).isEqualTo(Field.Holding.OPTIONAL);
    assertThat(shape.field("from").partName).isEqualTo("fromPart");
    assertThat(Shape.of("Office", "office", Office.class).one("title", ValueKind.TEXT).date("from", true).build()
        .field("from").holding).isEqualTo(Field.Holding.ONE);
  }

  @Test
  void theRequiredFieldsAreKnownByVersion() throws IOException {
    Shape<Office> shape = office();
    assertThat(shape.requiredSlots(1)).isEqualTo(1L);
    assertThat(shape.requiredSlots(2)).isEqualTo(1L << 5);
    assertThat(shape.requiredSlots(0)).isEqualTo(shape.requiredSlots(2));
    assertThat(shape.required(1)).containsExactly("title");
    assertThat(shape.required()).containsExactly("note");
    assertThat(shape.fields(1)).containsExactly("title", "organisation", "from", "fromPart", "acting");
    assertThat(shape.field("title").requiredUntil).isEqualTo(1);
    assertThat(shape.field("note").since).isEqualTo(2);
    assertThat(shape.field("note").required).isTrue();
    assertThat(read(shape, "{\"title\": \"t\"}")).isEqualTo(List.of("$: missing required field 'note' in Office"));
    Shape<Office> gone = Shape.of("Office", "office", Office.class)
        .one("title", ValueKind.TEXT)
        .optional("note", ValueKind.TEXT).until(1, "title")
        .build();
    assertThat(gone.field("note").until).isEqualTo(1);
    assertThat(gone.field("note").replacedBy).isEqualTo("title");
    assertThat(gone.field("title").until).isEqualTo(Integer.MAX_VALUE);
    assertThat(gone.fields()).containsExactly("title");
    assertThat(read(gone, "{\"title\": \"t\", \"note\": \"n\"}"))
        .isEqualTo(List.of("note: field 'note' is not part of schemaVersion 2"));
  }

  @Test
  void anEnumIsDescribedByItsLowerCamelName() {
    assertThat(ValueKind.enumOf(LoanStatus.class).schema).isEqualTo("loanStatus");
    assertThat(ValueKind.enumOf(LoanStatus.class).enumType()).isEqualTo(LoanStatus.class);
  }

  @Test
  void aFieldTheBuilderLacksIsNamedWithTheBuilder() {
    assertThatThrownBy(() -> Shape.of("Office", "office", Office.class).one("salary", ValueKind.TEXT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(Office.Builder.class.getName() + " has no method salary for the field 'salary'");
  }

  @Test
  void aListIsSetWithItsAddAllMethod() {
    assertThatThrownBy(() -> Shape.of("Actor", "actor", Actor.class).list("nickname", ValueKind.TEXT, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(Actor.Builder.class.getName() + " has no method addAllNickname for the field 'nickname'");
    assertThat(Shape.of("Actor", "actor", Actor.class).list("aliases", ValueKind.TEXT, false).build().fields())
        .containsExactly("aliases");
  }

  @Test
  void aFieldTheModelLacksIsNamedWithTheModel() {
    assertThatThrownBy(() -> Shape.<Office>made("Office", "office", Office.class, (s, v, extra) -> null)
            .one("salary", ValueKind.TEXT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(Office.class.getName() + " has no method salary()");
  }

  @Test
  void aFieldNamedAloneNeedsTheModelClass() {
    assertThatThrownBy(() -> Shape.<Office>made("Office", "office", (s, v, extra) -> null, o -> UnknownFields.of())
            .one("title", ValueKind.TEXT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Office: a field named alone needs the model class");
  }

  @Test
  void aShapeHoldsAtMostSixtyFourNames() {
    Shape.Builder<Office, Void> b = Shape.made("Office", "office", (s, v, extra) -> null, o -> UnknownFields.of());
    for (int i = 0; i < 63; i++) {
      b.optional("note" + i, ValueKind.TEXT, Office::note, null);
    }
    // 63 fields and one date with its part: 65 names.
    b.date("from", false, Office::from, null);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Office: at most 64 fields fit a set of seen fields");
    Shape.Builder<Office, Void> fits = Shape.made("Office", "office", (s, v, extra) -> null, o -> UnknownFields.of());
    for (int i = 0; i < 62; i++) {
      fits.optional("note" + i, ValueKind.TEXT, Office::note, null);
    }
    Shape<Office> full = fits.date("from", false, Office::from, null).build();
    assertThat(full.size()).isEqualTo(64);
    assertThat(full.field("from").holding).isEqualTo(Field.Holding.OPTIONAL);
    assertThat(Shape.<Office>made("Office", "office", (s, v, extra) -> null, o -> UnknownFields.of())
        .date("from", true, Office::from, null).build().field("from").holding).isEqualTo(Field.Holding.ONE);
  }

  @Test
  void aPartOfADateIsNotAFieldOfItsOwn() {
    assertThat(Format.OFFICE.field("from").name).isEqualTo("from");
    assertThat(Format.OFFICE.field(Format.OFFICE.slot("fromPart")).name).isEqualTo("from");
    assertThatThrownBy(() -> Format.OFFICE.field("fromPart"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fromPart is the part of from");
    assertThat(Format.OFFICE.slot("salary")).isEqualTo(-1);
  }
}
