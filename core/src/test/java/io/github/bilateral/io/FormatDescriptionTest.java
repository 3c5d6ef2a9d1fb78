package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.model.Actor;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.UnknownFields;
import org.junit.jupiter.api.Test;

/**
 * A mistake in the description of the format is found when the description is built, with the
 * model type and the field it names: a field whose accessor or setter the model lacks, a field named
 * alone in a shape without a model class, more fields than a set of seen fields holds, a part of a
 * date asked for as a field.
 */
class FormatDescriptionTest {

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
    assertThat(fits.date("from", false, Office::from, null).build().size()).isEqualTo(64);
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
