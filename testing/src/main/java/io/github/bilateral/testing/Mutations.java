package io.github.bilateral.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Mutations of valid JSON documents, for testing that a loader copes with whatever it is given: drop,
 * duplicate, retype or alter a field, add an unknown one, truncate the text, swap two elements of a
 * list, or break a reference (change a value that names another object's {@code id}). Each mutant
 * remembers what was done to it, and prints it with the mutated document.
 *
 * <pre>{@code
 * Gen<Mutations.Mutant> mutants = Mutations.of(Generators.reports().map(ReportWriter.canonical()::toJson));
 * Property.forAll("the loader copes", mutants).tries(10_000).verify(m -> {
 *   try {
 *     ReportReader.strict().read(m.text().getBytes(StandardCharsets.UTF_8), "mutant");
 *   } catch (ReportException refused) {
 *     // a refusal that says where and why is what a mutant should get; any other exception fails
 *   }
 * });
 * }</pre>
 */
public final class Mutations {

  private static final JsonFactory JSON = new JsonFactory();

  private Mutations() {}

  /** A mutated document and what was done to it. */
  public static final class Mutant {
    private final String mutation;
    private final String text;

    Mutant(String mutation, String text) {
      this.mutation = mutation;
      this.text = text;
    }

    /** {@return what was done, such as {@code retype $.loans[0].amount to "x"}, not null} */
    public String mutation() {
      return mutation;
    }

    /** {@return the mutated document, not null; it may no longer be well-formed JSON} */
    public String text() {
      return text;
    }

    @Override
    public String toString() {
      return mutation + "\n" + text;
    }
  }

  /**
   * Returns a generator of one random mutation of a document drawn from {@code documents}.
   *
   * @param documents the generator of well-formed JSON documents to mutate, not null
   * @return the generator of mutants, not null
   */
  public static Gen<Mutant> of(Gen<String> documents) {
    return (r, size) -> mutate(documents.generate(r, size), r);
  }

  /**
   * Returns one random mutation of {@code json}. Some draws leave the document as it was (for
   * example, when there is no field to drop, no object to add a field to, as in {@code [1,2]} or
   * {@code 5}, no list of two elements to swap, or no reference to break); such a mutant says
   * {@code no change}.
   *
   * @param json a well-formed JSON document, not null and not empty; any value may be at the top,
   *     an object, an array or a scalar
   * @param r the source of randomness that chooses the mutation, not null
   * @return the mutant, not null
   */
  public static Mutant mutate(String json, SplittableRandom r) {
    int kind = r.nextInt(9);
    if (kind == 0) {
      int at = r.nextInt(json.length() + 1);
      return new Mutant("truncate at character " + at, json.substring(0, at));
    }
    if (kind == 1) {
      int at = r.nextInt(json.length());
      String junks = ",{}[]\":0-e\\\u0000é";
      String junk = r.nextBoolean() ? String.valueOf(junks.charAt(r.nextInt(junks.length()))) : "";
      return new Mutant("replace character " + at + " by '" + junk + "'",
          json.substring(0, at) + junk + json.substring(at + 1));
    }
    Object tree = parse(json);
    List<Node> objects = new ArrayList<>();
    List<Node> arrays = new ArrayList<>();
    walk(tree, "$", objects, arrays);
    if (kind >= 2 && kind <= 6 && objects.isEmpty()) {
      // These kinds change a field, and a document of scalars and arrays alone has no field.
      return new Mutant("no change", json);
    }
    String what;
    switch (kind) {
      case 2: {
        Node o = one(r, objects);
        List<Map.Entry<String, Object>> fields = o.object();
        if (fields.isEmpty()) {
          return new Mutant("no change", json);
        }
        Map.Entry<String, Object> f = fields.remove(r.nextInt(fields.size()));
        what = "drop " + o.path + "." + f.getKey();
        break;
      }
      case 3: {
        Node o = one(r, objects);
        List<Map.Entry<String, Object>> fields = o.object();
        if (fields.isEmpty()) {
          return new Mutant("no change", json);
        }
        Map.Entry<String, Object> f = fields.get(r.nextInt(fields.size()));
        Object copy = r.nextBoolean() ? f.getValue() : value(r);
        fields.add(r.nextInt(fields.size() + 1), new SimpleEntry<>(f.getKey(), copy));
        what = "duplicate " + o.path + "." + f.getKey();
        break;
      }
      case 4: {
        Node o = one(r, objects);
        List<Map.Entry<String, Object>> fields = o.object();
        if (fields.isEmpty()) {
          return new Mutant("no change", json);
        }
        Map.Entry<String, Object> f = fields.get(r.nextInt(fields.size()));
        Object v = value(r);
        f.setValue(v);
        what = "retype " + o.path + "." + f.getKey() + " to " + write(v);
        break;
      }
      case 5: {
        Node o = one(r, objects);
        List<Map.Entry<String, Object>> fields = o.object();
        if (fields.isEmpty()) {
          return new Mutant("no change", json);
        }
        Map.Entry<String, Object> f = fields.get(r.nextInt(fields.size()));
        Object v = alter(f.getValue(), r);
        f.setValue(v);
        what = "alter " + o.path + "." + f.getKey() + " to " + write(v);
        break;
      }
      case 6: {
        Node o = one(r, objects);
        String name = r.nextBoolean() ? "x" + r.nextInt(100) : "summary" + (char) ('a' + r.nextInt(26));
        o.object().add(r.nextInt(o.object().size() + 1), new SimpleEntry<>(name, value(r)));
        what = "add " + o.path + "." + name;
        break;
      }
      case 7: {
        List<Node> lists = new ArrayList<>();
        for (Node a : arrays) {
          if (a.array().size() >= 2) {
            lists.add(a);
          }
        }
        if (lists.isEmpty()) {
          return new Mutant("no change", json);
        }
        Node a = one(r, lists);
        int i = r.nextInt(a.array().size());
        int j = r.nextInt(a.array().size());
        Object t = a.array().get(i);
        a.array().set(i, a.array().get(j));
        a.array().set(j, t);
        what = "swap " + a.path + "[" + i + "] and [" + j + "]";
        break;
      }
      default: {
        what = breakReference(tree, r);
        if (what == null) {
          return new Mutant("no change", json);
        }
      }
    }
    return new Mutant(what, write(tree));
  }

  // ---- a small JSON tree that keeps duplicate keys and the exact text of numbers ----

  /** A number kept as its text. */
  static final class Num {
    final String text;

    Num(String text) {
      this.text = text;
    }
  }

  static final Object NULL = new Object();

  private static final class Node {
    final Object value;
    final String path;

    Node(Object value, String path) {
      this.value = value;
      this.path = path;
    }

    @SuppressWarnings("unchecked")
    List<Map.Entry<String, Object>> object() {
      return (List<Map.Entry<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    List<Object> array() {
      return (List<Object>) value;
    }
  }

  /** An object: its fields in order, duplicates allowed. Arrays are plain lists. */
  static final class Obj extends ArrayList<Map.Entry<String, Object>> {
    private static final long serialVersionUID = 1L;
  }

  static Object parse(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      return read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Obj o = new Obj();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          o.add(new SimpleEntry<>(name, read(p)));
        }
        return o;
      }
      case START_ARRAY: {
        List<Object> a = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(read(p));
        }
        return a;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Num(p.getText());
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return NULL;
    }
  }

  static String write(Object tree) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      write(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  @SuppressWarnings("unchecked")
  private static void write(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Obj) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : (Obj) v) {
        g.writeFieldName(e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List) {
      g.writeStartArray();
      for (Object o : (List<Object>) v) {
        write(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof String) {
      g.writeString((String) v);
    } else if (v instanceof Num) {
      g.writeNumber(((Num) v).text);
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else {
      g.writeNull();
    }
  }

  @SuppressWarnings("unchecked")
  private static void walk(Object v, String path, List<Node> objects, List<Node> arrays) {
    if (v instanceof Obj) {
      objects.add(new Node(v, path));
      for (Map.Entry<String, Object> e : (Obj) v) {
        walk(e.getValue(), path + "." + e.getKey(), objects, arrays);
      }
    } else if (v instanceof List) {
      arrays.add(new Node(v, path));
      List<Object> list = (List<Object>) v;
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", objects, arrays);
      }
    }
  }

  private static <T> T one(SplittableRandom r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  /** A value of any type, including hostile ones. */
  private static Object value(SplittableRandom r) {
    switch (r.nextInt(16)) {
      case 0: return NULL;
      case 1: return Boolean.TRUE;
      case 2: return new Num("0");
      case 3: return new Num("-1");
      case 4: return new Num("5.7");
      case 5: return new Num("1e10000000");
      case 6: return new Num("123");
      case 7: return "";
      case 8: return "123";
      case 9: return "x";
      case 10: return "\u0000";
      case 11: return "\ud800";
      case 12: return new Obj();
      case 13: return new ArrayList<>();
      case 14: return new ArrayList<>(List.of("imf"));
      default: return "2023-02-30";
    }
  }

  /** The same value changed a little, keeping its type where it has one. */
  private static Object alter(Object v, SplittableRandom r) {
    if (v instanceof String) {
      String s = (String) v;
      switch (r.nextInt(6)) {
        case 0: return s + "-x";
        case 1: return s.isEmpty() ? "x" : s.substring(0, s.length() - 1);
        case 2: return s.toUpperCase(java.util.Locale.ROOT);
        case 3: return " " + s;
        case 4: return s.replace('-', '_');
        default: return s.replaceAll("[0-9]", "9");
      }
    }
    if (v instanceof Num) {
      String n = ((Num) v).text;
      switch (r.nextInt(5)) {
        case 0: return new Num("-" + n);
        case 1: return new Num(n + "0000000000000000000");
        case 2: return new Num(n + ".5");
        case 3: return new Num("0");
        default: return new Num(n + "e-9");
      }
    }
    if (v instanceof List) {
      List<?> l = (List<?>) v;
      if (v instanceof Obj) {
        Obj o = (Obj) v;
        Obj fewer = new Obj();
        if (!o.isEmpty()) {
          fewer.addAll(o.subList(0, o.size() - 1));
        }
        return fewer;
      }
      List<Object> copy = new ArrayList<>(l);
      if (!copy.isEmpty()) {
        copy.remove(r.nextInt(copy.size()));
      }
      return copy;
    }
    if (v instanceof Boolean) {
      return !(Boolean) v;
    }
    return new Num("1");
  }

  /** Changes one value that names another object's id to a well-formed id that names nothing. */
  private static String breakReference(Object tree, SplittableRandom r) {
    Set<String> ids = new HashSet<>();
    collectIds(tree, ids);
    List<Map.Entry<String, Object>> refs = new ArrayList<>();
    List<List<Object>> refLists = new ArrayList<>();
    List<Integer> refIndexes = new ArrayList<>();
    collectRefs(tree, ids, refs, refLists, refIndexes);
    int total = refs.size() + refLists.size();
    if (total == 0) {
      return null;
    }
    int pick = r.nextInt(total);
    if (pick < refs.size()) {
      Map.Entry<String, Object> e = refs.get(pick);
      String old = (String) e.getValue();
      e.setValue(rename(old));
      return "break reference " + e.getKey() + ": " + old;
    }
    List<Object> list = refLists.get(pick - refs.size());
    int i = refIndexes.get(pick - refs.size());
    String old = (String) list.get(i);
    list.set(i, rename(old));
    return "break reference in a list: " + old;
  }

  private static String rename(String ref) {
    int colon = ref.indexOf(':');
    return colon < 0 ? ref + "-gone" : ref.substring(0, colon + 1) + "gone-" + ref.substring(colon + 1);
  }

  @SuppressWarnings("unchecked")
  private static void collectIds(Object v, Set<String> ids) {
    if (v instanceof Obj) {
      for (Map.Entry<String, Object> e : (Obj) v) {
        if (e.getKey().equals("id") && e.getValue() instanceof String) {
          ids.add((String) e.getValue());
        }
        collectIds(e.getValue(), ids);
      }
    } else if (v instanceof List) {
      for (Object o : (List<Object>) v) {
        collectIds(o, ids);
      }
    }
  }

  private static boolean isRef(Object v, Set<String> ids) {
    if (!(v instanceof String)) {
      return false;
    }
    String s = (String) v;
    int colon = s.indexOf(':');
    return ids.contains(colon < 0 ? s : s.substring(colon + 1));
  }

  @SuppressWarnings("unchecked")
  private static void collectRefs(Object v, Set<String> ids, List<Map.Entry<String, Object>> refs,
      List<List<Object>> lists, List<Integer> indexes) {
    if (v instanceof Obj) {
      for (Map.Entry<String, Object> e : (Obj) v) {
        if (!e.getKey().equals("id") && isRef(e.getValue(), ids)) {
          refs.add(e);
        }
        collectRefs(e.getValue(), ids, refs, lists, indexes);
      }
    } else if (v instanceof List) {
      List<Object> list = (List<Object>) v;
      for (int i = 0; i < list.size(); i++) {
        if (isRef(list.get(i), ids)) {
          lists.add(list);
          indexes.add(i);
        }
        collectRefs(list.get(i), ids, refs, lists, indexes);
      }
    }
  }
}
