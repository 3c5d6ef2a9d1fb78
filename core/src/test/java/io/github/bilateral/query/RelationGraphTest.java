package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.io.Reports;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
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

  /** A path and a route made in code are checked as the graph's own are: each link joins the step's two actors. */
  @Test
  void aPathOrRouteMadeInCodeMustFollowItsActors() {
    Link china = graph.links(CHINA).stream().filter(l -> l.other(CHINA).equals(PAKISTAN)).findFirst().orElseThrow();
    ActorId usaid = ActorId.of("usaid");
    ImmutableList<ActorId> two = ImmutableList.of(CHINA, PAKISTAN);
    assertThat(new ActorPath(two, ImmutableList.of(china)).length()).isEqualTo(1);
    assertThat(new ActorPath(ImmutableList.of(PAKISTAN, CHINA), ImmutableList.of(china)).length())
        .as("a link joins its actors in either direction").isEqualTo(1);
    assertThat(new ActorRoute(two, ImmutableList.of(ImmutableSet.of(china))).length()).isEqualTo(1);

    assertThatThrownBy(() -> new ActorPath(ImmutableList.of(CHINA, PAKISTAN, usaid), ImmutableList.of(china)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A chain of 3 actors [china, pakistan, usaid] takes 2 steps, not 1");
    assertThatThrownBy(() -> new ActorRoute(two, ImmutableList.of()))
        .hasMessage("A chain of 2 actors [china, pakistan] takes 1 steps, not 0");
    assertThatThrownBy(() -> new ActorRoute(ImmutableList.of(CHINA, PAKISTAN, usaid),
        ImmutableList.of(ImmutableSet.of(china), ImmutableSet.of())))
        .hasMessage("Step 2 from pakistan to usaid has no link");
    assertThatThrownBy(() -> new ActorPath(ImmutableList.of(CHINA, usaid), ImmutableList.of(china)))
        .hasMessage("Link " + china + " does not join china and usaid of step 1");
    assertThatThrownBy(() -> new ActorRoute(ImmutableList.of(usaid, CHINA, PAKISTAN),
        ImmutableList.of(ImmutableSet.of(china), ImmutableSet.of(china))))
        .hasMessage("Link " + china + " does not join usaid and china of step 1");
  }

  /** Routes come ordered by the actors' ids along them, compared id by id, whatever order the graph holds its links in. */
  @Test
  void shortestRoutesAreOrderedByTheirActorsIds() {
    java.util.Comparator<ActorRoute> byIds = (x, y) -> {
      for (int i = 0; i < Math.min(x.actors().size(), y.actors().size()); i++) {
        int c = x.actors().get(i).value().compareTo(y.actors().get(i).value());
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(x.actors().size(), y.actors().size());
    };
    java.util.List<ActorId> actors = Reports.usPakistan2023().actors().stream()
        .map(io.github.bilateral.model.Actor::id).filter(a -> !graph.neighbours(a).isEmpty()).toList();
    int several = 0;
    for (ActorId from : actors.subList(0, Math.min(12, actors.size()))) {
      for (ActorId to : actors) {
        ImmutableList<ActorRoute> routes = graph.shortestRoutes(from, to);
        assertThat(routes).as(from + " to " + to).isSortedAccordingTo(byIds);
        several += routes.size() > 1 ? 1 : 0;
      }
    }
    assertThat(several).as("some pairs of actors are joined by more than one shortest route").isPositive();
  }
}
