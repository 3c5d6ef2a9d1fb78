package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.model.Actor;
import io.github.bilateral.model.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportValidatorTest {

  private final Report sample = ReportReader.strict().readString(ReportReaderTest.sample());

  @Test
  void namesThatFoldAlikeOnTwoActorsAreReported() {
    assertThat(ReportValidator.ambiguousNames(sample)).isEmpty();
    List<Actor> actors = new ArrayList<>(sample.actors());
    Actor imf = actors.get(0);
    actors.set(0, Actor.copyOf(imf).withAliases("IMF", "PAKISTAN"));
    Report clash = Report.copyOf(sample).withActors(actors);
    assertThat(ReportValidator.ambiguousNames(clash)).extracting(Problem::toString).containsExactly(
        "actors[1].name: name 'Pakistan' of actor 'pakistan' is the same name to a look-up as 'PAKISTAN' of actor"
            + " 'imf' (both fold to 'pakistan'); drop it from one of the two actors or spell it in full");
  }
}
