package io.github.bilateral.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The claims of Javadoc examples, as {@link JavadocExamplesTest} reads and checks them. */
@ResourceLock(JavadocClaims.LOCK)
class JavadocClaimsTest {

  /** Comments after a statement, each with the value it claims; "" for commentary only. */
  private static final String[][] COMMENTS = {
    {"Optional[[usaid, ustda]]", "Optional[[usaid, ustda]]"},
    {"[24..144)", "[24..144)"},
    {"[GBP 580000000]: the rollover is money lent before", "[GBP 580000000]"},
    {"\"cafezurich\" as folded", "\"cafezurich\""},
    {"true: some day of 2023 is in the range", "true"},
    {"3: more than the limit", "3"},
    {"TEXT, the fact's own", "TEXT"},
    {"USD 5000000000", "USD 5000000000"},
    {"GBP 580000000; USD ~32000000000", "GBP 580000000; USD ~32000000000"},
    {"Optional.empty", "Optional.empty"},
    {"the IMF's programmes with Pakistan", ""},
    {"IMF's programmes", ""},
    {"China backs ML-1 and Pakistan", ""},
    {"mei-2023-us-pakistan", ""},
    {"[unclosed", ""},
  };

  @Test
  void aCommentThatStartsWithAValueClaimsItAndOneInWordsClaimsNothing() {
    for (String[] comment : COMMENTS) {
      assertThat(JavadocClaims.claimIn(comment[0]).orElse("")).as(comment[0]).isEqualTo(comment[1]);
    }
  }

  @Test
  void threeDotsStandForAnyText() {
    assertThat(JavadocClaims.matches("0.8888888888888888", "0.888...")).isTrue();
    assertThat(JavadocClaims.matches("[a, b, c]", "[a, ...]")).isTrue();
    assertThat(JavadocClaims.matches("[a, b, c]", "[a, ..., c]")).isTrue();
    assertThat(JavadocClaims.matches("[b, c]", "[a, ...]")).isFalse();
    assertThat(JavadocClaims.matches("[a]", "[a...a]")).isFalse();
    assertThat(JavadocClaims.matches("IMF", "IMF")).isTrue();
    assertThat(JavadocClaims.matches("IMF", "IMF ")).isFalse();
  }

  @Test
  void aFailedCheckIsRecordedOnceWithWhereItStands() {
    JavadocClaims.drain();
    JavadocClaims.check("IMF", "\"IMF\"", "Named.java line 12");
    JavadocClaims.check(3, "4", "EditDistance.java line 11");
    assertThat(JavadocClaims.drain()).containsExactly(
        "EditDistance.java line 11: the comment says 4, the statement gives 3");
    assertThat(JavadocClaims.drain()).isEmpty();
  }
}
