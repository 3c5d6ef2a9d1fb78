package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.bilateral.model.RelationKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkKindTest {

  @Test
  void everyRelationKindHasTheLinkKindOfItsName() {
    for (RelationKind r : RelationKind.values()) {
      LinkKind k = LinkKind.of(r);
      assertThat(k.name()).as("link kind of %s", r).isEqualTo(r.name());
      assertThat(k.relationKind()).contains(r);
    }
  }

  @Test
  void theKindsThatOtherFactsImplyNameNoRelationKind() {
    EnumSet<LinkKind> implied = EnumSet.noneOf(LinkKind.class);
    Arrays.stream(LinkKind.values()).filter(k -> k.relationKind().isEmpty()).forEach(implied::add);
    assertThat(implied).containsExactly(LinkKind.LENDS_TO, LinkKind.PARTY_WITH, LinkKind.HOLDS_OFFICE_IN);
    assertThat(LinkKind.values()).hasSize(RelationKind.values().length + implied.size());
  }

  @Test
  void relationKindAndOfAreInverse() {
    for (LinkKind k : LinkKind.values()) {
      Optional<LinkKind> back = k.relationKind().map(LinkKind::of);
      back.ifPresent(b -> assertThat(b).isSameAs(k));
    }
  }

  @Test
  void ofRejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> LinkKind.of(null)).withMessage("kind");
  }
}
