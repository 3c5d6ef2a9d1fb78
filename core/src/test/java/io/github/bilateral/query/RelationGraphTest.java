package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.io.Reports;
import io.github.bilateral.model.ActorId;
import org.junit.jupiter.api.Test;

/** The edges of {@link RelationGraph#paths}: a budget of no links, and a path from an actor to itself. */
class RelationGraphTest {

  private static final ActorId CHINA = ActorId.of("china");
  private static final ActorId PAKISTAN = ActorId.of("pakistan");

  private final RelationGraph graph = ReportQuery.of(Reports.usPakistan2023()).graph();

  @Test
  void aPathFromAnActorToItselfIsTheActorAlone() {
    assertThat(graph.paths(CHINA, CHINA, 0)).extracting(ActorPath::toString).containsExactly("china");
    assertThat(graph.paths(CHINA, CHINA, 3)).extracting(ActorPath::toString).containsExactly("china");
  }

  @Test
  void noLinksReachNoOtherActorAndANegativeBudgetIsRefused() {
    assertThat(graph.paths(CHINA, PAKISTAN, 0)).isEmpty();
    assertThat(graph.paths(CHINA, PAKISTAN, 1)).isNotEmpty().allMatch(p -> p.length() == 1);
    assertThatThrownBy(() -> graph.paths(CHINA, PAKISTAN, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxLinks must not be negative: -1");
  }
}
