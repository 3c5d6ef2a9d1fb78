package io.github.bilateral.compare;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Report;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One report as the comparison sees it: its canonical JSON as a tree, and each kind's facts as the
 * nodes of its list, with their ids from the model.
 */
final class Side {

  final Node root;
  private final Map<FactKind, List<Node>> facts = new EnumMap<>(FactKind.class);
  private final Map<FactKind, List<String>> ids = new EnumMap<>(FactKind.class);

  private Side(Report report) {
    root = Node.parse(ReportWriter.canonical().toJson(report));
    for (FactKind kind : FactKind.inFormatOrder()) {
      Node list = root.field(kind.listName());
      List<Node> nodes = list == null ? List.of() : list.elements();
      List<?> model = kind.facts(report);
      if (model.size() != nodes.size()) {
        throw new IllegalStateException("the canonical JSON holds " + nodes.size() + " " + kind.listName()
            + " but the report " + model.size());
      }
      ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(model.size());
      for (Object fact : model) {
        b.add(kind.idOf(fact));
      }
      facts.put(kind, nodes);
      ids.put(kind, b.build());
    }
  }

  /**
   * Returns the side of {@code report}, an argument of a public method named {@code argument}.
   *
   * @throws NullPointerException naming the argument if the report is null
   */
  static Side of(Report report, String argument) {
    return new Side(requireNonNull(report, argument));
  }

  List<Node> facts(FactKind kind) {
    return facts.get(kind);
  }

  List<String> ids(FactKind kind) {
    return ids.get(kind);
  }

  /** The name of the field that holds the id of a fact of {@code kind}: {@code footnote} for a citation. */
  static String idField(FactKind kind) {
    return kind.idType() == Integer.class ? "footnote" : "id";
  }
}
