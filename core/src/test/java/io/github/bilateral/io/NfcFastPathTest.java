package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The reader skips the NFC normaliser for text whose characters all lie below U+0300. */
class NfcFastPathTest {

  @Test
  void everyCharacterBelowTheFirstCombiningMarkIsAlreadyNfcAlongsideAnyOther() {
    for (char c = 0; c < 0x300; c++) {
      for (char d = 0; d < 0x300; d++) {
        String s = new String(new char[] {c, d});
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
          throw new AssertionError("not NFC: U+" + Integer.toHexString(c) + " U+" + Integer.toHexString(d));
        }
      }
    }
  }

  @Test
  void textWithACombiningMarkIsStillComposed() {
    String decomposed = "Zu\u0308rich";
    String json = ReportWriter.canonical().toJson(Reports.usPakistan2023())
        .replace("\"Islamabad\"", "\"" + decomposed + "\"");
    assertThat(ReportReader.strict().readString(json).findActor(io.github.bilateral.model.ActorId.of("pakistan"))
        .orElseThrow().aliases()).contains("Z\u00fcrich");
  }
}
