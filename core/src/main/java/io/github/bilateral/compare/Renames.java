package io.github.bilateral.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ids of the second report's paired facts that differ from their partners' in the first, so
 * that a reference to a renamed fact, as a bare id ({@code imf-2}) or as a fact reference ({@code
 * loan:imf-2}), reads as the first report's id. An id given two different partners (two kinds with
 * facts of one id) is left as it is.
 */
final class Renames {

  private final Map<String, String> toFirst = new HashMap<>();
  private final Set<String> ambiguous = new HashSet<>();

  void put(String second, String first) {
    if (second.equals(first)) {
      return;
    }
    String before = toFirst.putIfAbsent(second, first);
    if (before != null && !before.equals(first)) {
      ambiguous.add(second);
    }
  }

  String apply(String text) {
    String id = lookUp(text);
    if (id != null) {
      return id;
    }
    int colon = text.indexOf(':');
    if (colon > 0) {
      id = lookUp(text.substring(colon + 1));
      if (id != null) {
        return text.substring(0, colon + 1) + id;
      }
    }
    return text;
  }

  private @org.jspecify.annotations.Nullable String lookUp(String id) {
    return ambiguous.contains(id) ? null : toFirst.get(id);
  }

  static Renames of(Alignment alignment) {
    Renames r = new Renames();
    for (FactPair p : alignment.pairs()) {
      r.put(p.newId(), p.oldId());
    }
    return r;
  }
}
