package io.github.bilateral.compare;

import com.google.common.collect.ImmutableMap;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.NameKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of one fact as the alignment scores it: every leaf of its canonical JSON but its id and
 * provenance, as a (field, value) item, the field being the path without list positions ({@code
 * offices.title}) and the value folded as names are ({@link NameKey}). A fact's {@code aliases}
 * count as its {@code name}, so that a name printed as another fact's alias still matches.
 */
final class Features {

  /** The fields that say which fact it is: each weighs {@link #KEY_WEIGHT} in the score, any other 1. */
  static final ImmutableMap<String, Integer> WEIGHTS;

  /** The weight of a key field. */
  static final int KEY_WEIGHT = 3;

  static {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (String f : new String[] {"name", "title", "kind", "parties", "lenders", "borrowers", "from", "to",
        "actors", "addressees", "subjects", "date", "amount.value", "amount.currency", "quantity.value",
        "measure", "number", "url", "printed", "refers"}) {
      b.put(f, KEY_WEIGHT);
    }
    WEIGHTS = b.buildOrThrow();
  }

  /** Numbers the fields and the values of one alignment, so that features compare as numbers. */
  static final class Dictionary {
    private final Map<String, Integer> fields = new HashMap<>();
    private final Map<String, Integer> values = new HashMap<>();
    private int[] weights = new int[16];

    int field(String path) {
      Integer n = fields.get(path);
      if (n == null) {
        n = fields.size();
        fields.put(path, n);
        if (n >= weights.length) {
          weights = Arrays.copyOf(weights, weights.length * 2);
        }
        weights[n] = WEIGHTS.getOrDefault(path, 1);
      }
      return n;
    }

    int value(String folded) {
      return values.computeIfAbsent(folded, v -> values.size());
    }

    int weight(int field) {
      return weights[field];
    }
  }

  /** The items, as {@code field << 32 | value}, ascending. */
  private final long[] items;
  /** The distinct fields, ascending, and how many items each has. */
  private final int[] fields;
  private final int[] counts;

  private Features(long[] items) {
    Arrays.sort(items);
    this.items = items;
    int distinct = 0;
    for (int i = 0; i < items.length; i++) {
      if (i == 0 || (int) (items[i] >>> 32) != (int) (items[i - 1] >>> 32)) {
        distinct++;
      }
    }
    fields = new int[distinct];
    counts = new int[distinct];
    int k = -1;
    for (int i = 0; i < items.length; i++) {
      int f = (int) (items[i] >>> 32);
      if (k < 0 || fields[k] != f) {
        fields[++k] = f;
      }
      counts[k]++;
    }
  }

  /**
   * Returns the features of {@code fact}, a fact of {@code kind}, with each reference to a fact (an
   * id, a footnote number or a fact reference) first put through {@code references}, which turns an
   * id of the second report into the id of the fact it is paired with in the first.
   */
  static Features of(FactKind kind, Node fact, Dictionary d, Renames references) {
    long[] out = new long[16];
    int[] n = {0};
    String idField = Side.idField(kind);
    for (Map.Entry<String, Node> e : fact.fields().entrySet()) {
      String name = e.getKey();
      if (name.equals(idField) || name.equals("provenance")) {
        continue;
      }
      out = collect(name.equals("aliases") ? "name" : name, new ArrayList<>(List.of(kind.listName(), name)),
          e.getValue(), d, references, out, n);
    }
    return new Features(Arrays.copyOf(out, n[0]));
  }

  /** {@code json} is the path of the node from the report's top level, without list positions. */
  private static long[] collect(String path, List<String> json, Node node, Dictionary d, Renames references,
      long[] out, int[] n) {
    switch (node.type()) {
      case OBJECT:
        for (Map.Entry<String, Node> e : node.fields().entrySet()) {
          json.add(e.getKey());
          out = collect(path + "." + e.getKey(), json, e.getValue(), d, references, out, n);
          json.remove(json.size() - 1);
        }
        return out;
      case ARRAY:
        for (Node element : node.elements()) {
          out = collect(path, json, element, d, references, out, n);
        }
        return out;
      default:
        String value = node.type() == Node.Type.STRING ? fold(references.apply(json, node.text()))
            : node.type() == Node.Type.NUMBER ? references.apply(json, node.text()) : node.text();
        if (n[0] == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[n[0]++] = ((long) d.field(path) << 32) | d.value(value);
        return out;
    }
  }

  private static String fold(String text) {
    String key = NameKey.of(text);
    // Text of no letter or digit (such as "-") stands for itself.
    return key.isEmpty() ? text : key;
  }

  /**
   * Returns the score of two facts' contents: the sum over the fields either holds of the field's
   * weight times the share of its values both hold (the size of the common multiset over the larger
   * one's), divided by the sum of those weights; 1 for two facts with no field to compare.
   */
  static double score(Features a, Features b, Dictionary d) {
    double agree = 0;
    double total = 0;
    int i = 0;
    int j = 0;
    int x = 0;
    int y = 0;
    while (i < a.fields.length || j < b.fields.length) {
      int fa = i < a.fields.length ? a.fields[i] : Integer.MAX_VALUE;
      int fb = j < b.fields.length ? b.fields[j] : Integer.MAX_VALUE;
      if (fa < fb) {
        total += d.weight(fa);
        x += a.counts[i++];
      } else if (fb < fa) {
        total += d.weight(fb);
        y += b.counts[j++];
      } else {
        int w = d.weight(fa);
        total += w;
        int endX = x + a.counts[i];
        int endY = y + b.counts[j];
        int common = 0;
        while (x < endX && y < endY) {
          if (a.items[x] < b.items[y]) {
            x++;
          } else if (a.items[x] > b.items[y]) {
            y++;
          } else {
            common++;
            x++;
            y++;
          }
        }
        x = endX;
        y = endY;
        agree += (double) w * common / Math.max(a.counts[i], b.counts[j]);
        i++;
        j++;
      }
    }
    return total == 0 ? 1.0 : agree / total;
  }
}
