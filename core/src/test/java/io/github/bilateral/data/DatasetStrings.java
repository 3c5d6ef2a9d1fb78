package io.github.bilateral.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every string value of a report file, with the fact it belongs to and the field that holds it.
 *
 * <p>The file is walked as JSON, not through the model, so that a field added to the format is seen
 * as soon as it is in the file. A string's field is the name of the object field that holds it (for a
 * list of strings, the list's field): {@code summary}, {@code note}, {@code aliases}.
 */
final class DatasetStrings {

  /** The bundled dataset, as a class-path resource. */
  static final String BUNDLED = "/io/github/bilateral/data/mei-2023-us-pakistan/report.json";

  /**
   * One string of the file.
   *
   * @param fact the fact it belongs to, such as {@code loan imf-sba-2023}, {@code citation 14} or
   *     {@code metadata}
   * @param path the path inside the fact, such as {@code summary} or {@code offices[0].note}
   * @param field the name of the field that holds it, such as {@code note}
   * @param value the string
   */
  record Entry(String fact, String path, String field, String value) {}

  private DatasetStrings() {}

  /** The strings of the bundled dataset, in file order. */
  static List<Entry> bundled() {
    try (InputStream in = DatasetStrings.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the bundled dataset " + BUNDLED + " is not on the class path");
      }
      return of(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a report file as a JSON tree. */
  static JsonNode read(InputStream in) throws IOException {
    return new ObjectMapper().readTree(in);
  }

  /** The strings of a report file read as a JSON tree, in file order. */
  static List<Entry> of(JsonNode report) {
    return values(report, false);
  }

  /**
   * The values of a report file read as a JSON tree, in file order: its strings and, if {@code
   * numbersToo}, its numbers, each number as its JSON text.
   */
  static List<Entry> values(JsonNode report, boolean numbersToo) {
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<String, JsonNode> top : report.properties()) {
      JsonNode value = top.getValue();
      if (value.isArray()) {
        String kind = singular(top.getKey());
        for (JsonNode fact : value) {
          String label = kind + " " + factId(fact).orElse("?");
          walk(fact, label, "", top.getKey(), numbersToo, entries);
        }
      } else {
        walk(value, top.getKey(), "", top.getKey(), numbersToo, entries);
      }
    }
    return entries;
  }

  private static void walk(JsonNode node, String fact, String path, String field, boolean numbersToo,
      List<Entry> into) {
    if (node.isTextual() || (numbersToo && node.isNumber())) {
      String text = node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.textValue();
      into.add(new Entry(fact, path.isEmpty() ? field : path, field, text));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), fact, path + "[" + i + "]", field, numbersToo, into);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> child : node.properties()) {
        String childPath = path.isEmpty() ? child.getKey() : path + "." + child.getKey();
        walk(child.getValue(), fact, childPath, child.getKey(), numbersToo, into);
      }
    }
  }

  private static Optional<String> factId(JsonNode fact) {
    if (fact.hasNonNull("id")) {
      return Optional.of(fact.get("id").asText());
    }
    if (fact.hasNonNull("footnote")) {
      return Optional.of(fact.get("footnote").asText());
    }
    return Optional.empty();
  }

  private static String singular(String list) {
    if (list.equals("errata")) {
      return "erratum";
    }
    return list.endsWith("s") ? list.substring(0, list.length() - 1) : list;
  }
}
