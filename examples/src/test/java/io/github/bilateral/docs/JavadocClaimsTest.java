package io.github.bilateral.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The claims of Javadoc examples, as {@link JavadocExamplesTest} reads and checks them. */
@ResourceLock(JavadocClaims.LOCK)
class JavadocClaimsTest {

  @Test
  void aCommentThatStartsWithAValueClaimsIt() {
    assertThat(JavadocClaims.claimIn("Optional[[usaid, ustda]]")).contains("Optional[[usaid, ustda]]");
    assertThat(JavadocClaims.claimIn("[24..144)")).contains("[24..144)");
    assertThat(JavadocClaims.claimIn("[GBP 580000000]: the rollover is money lent before")).contains("[GBP 580000000]");
    assertThat(JavadocClaims.claimIn("\"cafezurich\" as folded")).contains("\"cafezurich\"");
    assertThat(JavadocClaims.claimIn("true: some day of 2023 is in the range")).contains("true");
    assertThat(JavadocClaims.claimIn("3: more than the limit")).contains("3");
    assertThat(JavadocClaims.claimIn("TEXT, the fact's own")).contains("TEXT");
    assertThat(JavadocClaims.claimIn("USD 5000000000")).contains("USD 5000000000");
    assertThat(JavadocClaims.claimIn("Optional.empty")).contains("Optional.empty");
  }

  @Test
  void aCommentInWordsClaimsNothing() {
    assertThat(JavadocClaims.claimIn("the IMF's programmes with Pakistan")).isEmpty();
    assertThat(JavadocClaims.claimIn("IMF's programmes")).isEmpty();
    assertThat(JavadocClaims.claimIn("China backs ML-1 and Pakistan")).isEmpty();
    assertThat(JavadocClaims.claimIn("mei-2023-us-pakistan")).isEmpty();
    assertThat(JavadocClaims.claimIn("[unclosed")).isEmpty();
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
