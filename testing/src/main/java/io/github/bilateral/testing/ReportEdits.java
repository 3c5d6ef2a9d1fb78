package io.github.bilateral.testing;

import io.github.bilateral.io.ReportException;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Report;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Edits of a valid report that keep it valid, each of which says what it did: a fact renamed (its
 * id and every reference to it), a field of a fact changed, a fact added (a copy under a new id), a
 * fact dropped, a list shuffled; and a degraded copy that does many of them at once. They work on
 * the report's canonical JSON, so they need no change when the format gains a field, and every
 * result is read back strictly: an edit that would make the report invalid is not made.
 *
 * <pre>{@code
 * Report a = Generators.reports().generate(new SplittableRandom(1), 20);
 * Optional<ReportEdits.Edit> e = ReportEdits.rename(a, new SplittableRandom(2));
 * e.get().description();   // rename actor a-abc-0 to a-abc-0-renamed
 * e.get().report();        // the renamed report
 * }</pre>
 */
public final class ReportEdits {

  /** The lists whose facts may be renamed, copied or dropped: every kind named by a text id. */
  private static final List<String> NAMED_BY_ID = List.of("actors", "places", "relations", "loans", "agreements",
      "recommendations", "events", "figures", "assessments", "errata");

  private ReportEdits() {}

  /** What one edit did, and the report it made. */
  public static final class Edit {
    private final String description;
    private final FactKind kind;
    private final String id;
    private final String newId;
    private final Optional<String> field;
    private final Report report;

    Edit(String description, FactKind kind, String id, String newId, Optional<String> field, Report report) {
      this.description = description;
      this.kind = kind;
      this.id = id;
      this.newId = newId;
      this.field = field;
      this.report = report;
    }

    /** {@return what was done, such as {@code change loan l-x-0 summary}; not null} */
    public String description() {
      return description;
    }

    /** {@return the kind of the fact or list edited; not null} */
    public FactKind kind() {
      return kind;
    }

    /** {@return the id of the fact edited before the edit; empty text for a shuffled list; not null} */
    public String id() {
      return id;
    }

    /** {@return the id of the fact after the edit: the new id of a renamed or added fact, else {@link #id()}; not null} */
    public String newId() {
      return newId;
    }

    /** {@return the top-level field changed, for a changed field; not null} */
    public Optional<String> field() {
      return field;
    }

    /** {@return the edited report; not null} */
    public Report report() {
      return report;
    }

    @Override
    public String toString() {
      return description;
    }
  }

  /**
   * Renames one fact: its id gets {@code -renamed}, and so does every reference to it.
   *
   * @param report the report, not null
   * @param r the source of randomness, not null
   * @return the edit, or empty when no fact can be renamed and leave the report valid
   */
  public static Optional<Edit> rename(Report report, SplittableRandom r) {
    Object tree = tree(report);
    for (Fact f : shuffled(facts(tree, NAMED_BY_ID), r)) {
      Object copy = tree(report);
      String newId = f.id + "-renamed";
      new Rename(f.id, newId, f.kind.word()).apply(copy);
      Optional<Report> read = read(copy);
      if (read.isPresent()) {
        return Optional.of(new Edit("rename " + f.kind.word() + " " + f.id + " to " + newId, f.kind, f.id, newId,
            Optional.empty(), read.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Changes one text field of one fact (a field whose value is a string with a space, such as a
   * summary or a title), by adding words to it.
   *
   * @param report the report, not null
   * @param r the source of randomness, not null
   * @return the edit, or empty when there is no such field
   */
  public static Optional<Edit> changeField(Report report, SplittableRandom r) {
    Object tree = tree(report);
    List<Fact> facts = shuffled(facts(tree, allLists()), r);
    for (Fact f : facts) {
      List<Map.Entry<String, Object>> fields = new ArrayList<>(f.object);
      Collections.shuffle(fields, new java.util.Random(r.nextLong()));
      for (Map.Entry<String, Object> e : fields) {
        if (isFreeText(e.getValue())) {
          Object copy = tree(report);
          Fact same = find(copy, f);
          set(same.object, e.getKey(), e.getValue() + " (revised)");
          Optional<Report> read = read(copy);
          if (read.isPresent()) {
            return Optional.of(new Edit("change " + f.kind.word() + " " + f.id + " " + e.getKey(), f.kind, f.id, f.id,
                Optional.of(e.getKey()), read.get()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Adds a copy of one fact under a new id ({@code -copy}), at a random place in its list.
   *
   * @param report the report, not null
   * @param r the source of randomness, not null
   * @return the edit, or empty when no copy leaves the report valid
   */
  public static Optional<Edit> add(Report report, SplittableRandom r) {
    Object tree = tree(report);
    for (Fact f : shuffled(facts(tree, NAMED_BY_ID), r)) {
      Object copy = tree(report);
      List<Object> list = list(copy, f.kind.listName());
      Mutations.Obj twin = new Mutations.Obj();
      for (Map.Entry<String, Object> e : find(copy, f).object) {
        twin.add(new SimpleEntry<>(e.getKey(), e.getKey().equals("id") ? f.id + "-copy" : e.getValue()));
      }
      list.add(r.nextInt(list.size() + 1), twin);
      Optional<Report> read = read(copy);
      if (read.isPresent()) {
        return Optional.of(new Edit("add " + f.kind.word() + " " + f.id + "-copy", f.kind, f.id, f.id + "-copy",
            Optional.empty(), read.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Drops one fact that no other fact refers to.
   *
   * @param report the report, not null
   * @param r the source of randomness, not null
   * @return the edit, or empty when every fact is referred to
   */
  public static Optional<Edit> drop(Report report, SplittableRandom r) {
    Object tree = tree(report);
    for (Fact f : shuffled(facts(tree, NAMED_BY_ID), r)) {
      Object copy = tree(report);
      list(copy, f.kind.listName()).remove(f.index);
      Optional<Report> read = read(copy);
      if (read.isPresent()) {
        return Optional.of(new Edit("drop " + f.kind.word() + " " + f.id, f.kind, f.id, f.id, Optional.empty(),
            read.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Shuffles one list of two or more facts, so that its order changes.
   *
   * @param report the report, not null
   * @param r the source of randomness, not null
   * @return the edit, or empty when no list can be shuffled and stay valid
   */
  public static Optional<Edit> shuffle(Report report, SplittableRandom r) {
    List<String> lists = new ArrayList<>(NAMED_BY_ID);
    Collections.shuffle(lists, new java.util.Random(r.nextLong()));
    for (String name : lists) {
      Object copy = tree(report);
      List<Object> list = list(copy, name);
      if (list.size() < 2) {
        continue;
      }
      List<Object> before = new ArrayList<>(list);
      while (list.equals(before)) {
        Collections.shuffle(list, new java.util.Random(r.nextLong()));
      }
      Optional<Report> read = read(copy);
      if (read.isPresent()) {
        FactKind kind = FactKind.forListName(name).orElseThrow();
        return Optional.of(new Edit("shuffle " + name, kind, "", "", Optional.empty(), read.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a degraded copy of {@code report}, the same for the same seed: about {@code dropShare} of
   * the facts named by a text id dropped (those no other fact refers to), every such id renamed
   * ({@code x-} before it, and every reference with it) where that keeps the report valid, and about
   * {@code changeShare} of the facts' top-level fields changed (a text with a space gets words added;
   * another value takes the value of the same field of another fact of its kind).
   *
   * @param report the report to degrade, not null
   * @param seed the seed of every choice
   * @param dropShare the share of facts to drop, from 0 to 1
   * @param changeShare the share of fields to change, from 0 to 1
   * @return the degraded report, valid, not null
   */
  public static Report degrade(Report report, long seed, double dropShare, double changeShare) {
    SplittableRandom r = new SplittableRandom(seed);
    Report current = report;
    // Drop: one pass over the facts, each dropped with the given chance if nothing refers to it.
    Object tree = tree(current);
    Set<String> referred = referred(tree);
    List<Fact> all = facts(tree, NAMED_BY_ID);
    int target = (int) Math.round(dropShare * facts(tree, allLists()).size());
    List<Fact> order = shuffled(all, r);
    Map<String, List<Integer>> drops = new HashMap<>();
    int dropped = 0;
    for (Fact f : order) {
      if (dropped == target) {
        break;
      }
      if (!referred.contains(f.id) && !referred.contains(f.kind.word() + ":" + f.id)) {
        drops.computeIfAbsent(f.kind.listName(), k -> new ArrayList<>()).add(f.index);
        dropped++;
      }
    }
    for (Map.Entry<String, List<Integer>> e : drops.entrySet()) {
      List<Object> list = list(tree, e.getKey());
      e.getValue().stream().sorted(Collections.reverseOrder()).forEach(i -> list.remove((int) i));
    }
    current = read(tree).orElseThrow(() -> new IllegalStateException("dropping unreferenced facts broke the report"));
    // Change fields: the changes drawn first, then kept where the report stays valid.
    current = keepValid(current, fieldChanges(tree(current), r, changeShare));
    // Rename, one list at a time, keeping what stays valid.
    // An id that two lists share (an actor and a place of one name) cannot be told apart in a bare reference.
    Map<String, Integer> lists = new HashMap<>();
    for (Fact f : facts(tree(current), NAMED_BY_ID)) {
      lists.merge(f.id, 1, Integer::sum);
    }
    for (String name : NAMED_BY_ID) {
      FactKind kind = FactKind.forListName(name).orElseThrow();
      List<String> ids = new ArrayList<>();
      for (Fact f : facts(tree(current), List.of(name))) {
        if (lists.get(f.id) == 1) {
          ids.add(f.id);
        }
      }
      List<TreeEdit> renames = new ArrayList<>();
      for (String id : ids) {
        renames.add(new Rename(id, "x-" + id, kind.word()));
      }
      current = keepValid(current, renames);
    }
    return current;
  }



  /** One change of one document, made again on each fresh copy of it. */
  private interface TreeEdit {
    void apply(Object tree);
  }

  /** A fact's id renamed, and every reference to it: many are made in one walk over the document. */
  private static final class Rename implements TreeEdit {
    private final String id;
    private final String newId;
    private final String word;

    Rename(String id, String newId, String word) {
      this.id = id;
      this.newId = newId;
      this.word = word;
    }

    void into(Map<String, String> renames) {
      renames.put(id, newId);
      renames.put(word + ":" + id, word + ":" + newId);
    }

    @Override
    public void apply(Object tree) {
      Map<String, String> one = new HashMap<>();
      into(one);
      renameEverywhere(tree, one);
    }
  }

  /**
   * Returns {@code report} with {@code edits} made, keeping those that leave it valid: all at once,
   * else each half in turn, down to single edits, so that a few edits the report refuses (an id that
   * is also a word of the format, such as a theme) cost a few reads each.
   */
  private static Report keepValid(Report report, List<TreeEdit> edits) {
    if (edits.isEmpty()) {
      return report;
    }
    Object tree = tree(report);
    Map<String, String> renames = new HashMap<>();
    for (TreeEdit e : edits) {
      if (e instanceof Rename) {
        ((Rename) e).into(renames);
      } else {
        e.apply(tree);
      }
    }
    if (!renames.isEmpty()) {
      renameEverywhere(tree, renames);
    }
    Optional<Report> read = read(tree);
    if (read.isPresent() || edits.size() == 1) {
      return read.orElse(report);
    }
    int half = edits.size() / 2;
    return keepValid(keepValid(report, edits.subList(0, half)), edits.subList(half, edits.size()));
  }

  /** Draws the field changes: each top-level field but the id with the chance {@code changeShare}. */
  private static List<TreeEdit> fieldChanges(Object tree, SplittableRandom r, double changeShare) {
    List<TreeEdit> out = new ArrayList<>();
    for (Fact f : facts(tree, allLists())) {
      List<Object> list = list(tree, f.kind.listName());
      for (Map.Entry<String, Object> e : f.object) {
        if (e.getKey().equals("id") || e.getKey().equals("footnote") || r.nextDouble() >= changeShare) {
          continue;
        }
        Object before = e.getValue();
        Object after = isFreeText(before) ? before + " (changed)" : valueOfAnother(list, f.index, e.getKey(), r);
        if (after != null && !after.equals(before)) {
          String listName = f.kind.listName();
          int index = f.index;
          String key = e.getKey();
          out.add(t -> set(obj(list(t, listName).get(index)), key, after));
        }
      }
    }
    return out;
  }


  private static Object valueOfAnother(List<Object> list, int self, String field, SplittableRandom r) {
    for (int tries = 0; tries < 8 && list.size() > 1; tries++) {
      int other = r.nextInt(list.size());
      if (other != self) {
        for (Map.Entry<String, Object> e : obj(list.get(other))) {
          if (e.getKey().equals(field)) {
            return e.getValue();
          }
        }
      }
    }
    return null;
  }

  // ---- the canonical JSON as Mutations' tree ----

  /** One fact of a list: where it is, and its object. */
  private static final class Fact {
    final FactKind kind;
    final int index;
    final String id;
    final List<Map.Entry<String, Object>> object;

    Fact(FactKind kind, int index, String id, List<Map.Entry<String, Object>> object) {
      this.kind = kind;
      this.index = index;
      this.id = id;
      this.object = object;
    }
  }

  private static Object tree(Report report) {
    return Mutations.parse(ReportWriter.canonical().toJson(report));
  }

  private static Optional<Report> read(Object tree) {
    try {
      return Optional.of(ReportReader.strict().readString(Mutations.write(tree)));
    } catch (ReportException e) {
      return Optional.empty();
    }
  }

  private static List<String> allLists() {
    List<String> out = new ArrayList<>();
    for (FactKind k : FactKind.inFormatOrder()) {
      out.add(k.listName());
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Map.Entry<String, Object>> obj(Object v) {
    return (List<Map.Entry<String, Object>>) v;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object tree, String name) {
    for (Map.Entry<String, Object> e : obj(tree)) {
      if (e.getKey().equals(name)) {
        return (List<Object>) e.getValue();
      }
    }
    return new ArrayList<>();
  }

  private static List<Fact> facts(Object tree, List<String> lists) {
    List<Fact> out = new ArrayList<>();
    for (String name : lists) {
      FactKind kind = FactKind.forListName(name).orElseThrow();
      List<Object> list = list(tree, name);
      for (int i = 0; i < list.size(); i++) {
        List<Map.Entry<String, Object>> o = obj(list.get(i));
        String id = "";
        for (Map.Entry<String, Object> e : o) {
          if (e.getKey().equals("id") || e.getKey().equals("footnote")) {
            id = e.getValue() instanceof Mutations.Num ? ((Mutations.Num) e.getValue()).text : String.valueOf(e.getValue());
          }
        }
        out.add(new Fact(kind, i, id, o));
      }
    }
    return out;
  }

  private static Fact find(Object tree, Fact f) {
    List<Object> list = list(tree, f.kind.listName());
    return new Fact(f.kind, f.index, f.id, obj(list.get(f.index)));
  }

  private static void set(List<Map.Entry<String, Object>> object, String key, Object value) {
    for (Map.Entry<String, Object> e : object) {
      if (e.getKey().equals(key)) {
        e.setValue(value);
      }
    }
  }

  private static boolean isFreeText(Object v) {
    return v instanceof String && ((String) v).indexOf(' ') > 0;
  }

  private static <T> List<T> shuffled(List<T> items, SplittableRandom r) {
    List<T> out = new ArrayList<>(items);
    Collections.shuffle(out, new java.util.Random(r.nextLong()));
    return out;
  }

  /** Every string value that is not an id or a footnote number of its own object. */
  private static Set<String> referred(Object tree) {
    Set<String> out = new HashSet<>();
    collect(tree, out, true);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object v, Set<String> out, boolean top) {
    if (v instanceof Mutations.Obj) {
      for (Map.Entry<String, Object> e : (Mutations.Obj) v) {
        if (!(e.getKey().equals("id") && !top)) {
          collect(e.getValue(), out, false);
        }
      }
    } else if (v instanceof List) {
      for (Object o : (List<Object>) v) {
        collect(o, out, false);
      }
    } else if (v instanceof String) {
      out.add((String) v);
    }
  }

  /** Replaces every string that is a key of {@code renames}, ids and references alike, by its value. */
  @SuppressWarnings("unchecked")
  private static void renameEverywhere(Object v, Map<String, String> renames) {
    if (v instanceof Mutations.Obj) {
      for (Map.Entry<String, Object> e : (Mutations.Obj) v) {
        Object value = e.getValue();
        if (value instanceof String) {
          e.setValue(renames.getOrDefault(value, (String) value));
        } else {
          renameEverywhere(value, renames);
        }
      }
    } else if (v instanceof List) {
      List<Object> list = (List<Object>) v;
      for (int i = 0; i < list.size(); i++) {
        Object value = list.get(i);
        if (value instanceof String) {
          list.set(i, renames.getOrDefault(value, (String) value));
        } else {
          renameEverywhere(value, renames);
        }
      }
    }
  }

}
