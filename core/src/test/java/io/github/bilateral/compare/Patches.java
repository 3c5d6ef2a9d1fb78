package io.github.bilateral.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.JsonPatch;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.Report;

/** Applies a diff's JSON Patch with an implementation of RFC 6902 that this project did not write. */
final class Patches {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Patches() {}

  /** Returns the canonical JSON of {@code first}'s canonical JSON with {@code patch} applied, read as a report. */
  static String apply(String patch, Report first) throws Exception {
    JsonNode document = MAPPER.readTree(ReportWriter.canonical().toJson(first));
    JsonNode patched = JsonPatch.apply(MAPPER.readTree(patch), document);
    return ReportWriter.canonical().toJson(ReportReader.strict().readString(MAPPER.writeValueAsString(patched)));
  }
}
