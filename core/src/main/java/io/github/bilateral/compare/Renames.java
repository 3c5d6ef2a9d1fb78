package io.github.bilateral.compare;

import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.FactKind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The partners in the first report of the second report's paired facts, kind by kind, so that a
 * reference to a renamed fact, as a bare id ({@code imf-2}), a footnote number or a fact reference
 * ({@code loan:imf-2}), reads as the first report's id. A reference is looked up only among the facts
 * of the kind it refers to: the kind of its field in the format, or the kind its fact reference
 * names. Two kinds may have facts of one id (an actor and a place {@code canada}), and renaming one
 * leaves references to the other as they are.
 */
final class Renames {

  private final Map<FactKind, Map<String, String>> toFirst = new EnumMap<>(FactKind.class);
  /** The kind each field refers to, by its path as {@link ReportWriter#referenceKind} takes it. */
  private final Map<List<String>, Optional<FactKind>> targets = new HashMap<>();

  /** Records that the fact {@code second} of {@code kind} is paired with the first report's {@code first}. */
  void put(FactKind kind, String second, String first) {
    toFirst.computeIfAbsent(kind, k -> new HashMap<>()).put(second, first);
  }

  /**
   * Returns {@code text}, a value at {@code path} (JSON names from the top level down, without list
   * positions), with the id it refers to read as its partner's; unchanged if it refers to no fact,
   * or to one that is not paired.
   */
  String apply(List<String> path, String text) {
    Optional<FactKind> target = target(path);
    if (target.isPresent()) {
      String id = lookUp(target.get(), text);
      return id == null ? text : id;
    }
    int colon = text.indexOf(':');
    if (colon > 0) {
      String word = text.substring(0, colon);
      for (FactKind kind : FactKind.inFormatOrder()) {
        if (kind.word().equals(word)) {
          String id = lookUp(kind, text.substring(colon + 1));
          return id == null ? text : word + ":" + id;
        }
      }
    }
    return text;
  }

  private @Nullable String lookUp(FactKind kind, String id) {
    Map<String, String> ids = toFirst.get(kind);
    return ids == null ? null : ids.get(id);
  }

  /** The kind of fact the values at {@code path} refer to, if the format makes them references by id or number. */
  Optional<FactKind> target(List<String> path) {
    Optional<FactKind> known = targets.get(path);
    if (known == null) {
      List<String> key = List.copyOf(path);
      known = ReportWriter.canonical().referenceKind(key);
      targets.put(key, known);
    }
    return known;
  }

  static Renames of(Alignment alignment) {
    Renames r = new Renames();
    for (FactPair p : alignment.pairs()) {
      r.put(p.kind(), p.newId(), p.oldId());
    }
    return r;
  }
}
