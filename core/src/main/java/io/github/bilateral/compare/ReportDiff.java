package io.github.bilateral.compare;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What changed from one report to another, fact by fact rather than line by line: the facts are
 * paired by an {@link Alignment} (by id, then by content), and for every pair the values that differ
 * are listed by their path in the canonical JSON ({@code amount.value}), with changes of provenance
 * apart from changes of substance. Facts only in the first report are {@linkplain #removed()
 * removed}, facts only in the second {@linkplain #added() added}; a kind whose paired facts stand in
 * another order is {@linkplain #reordered() reordered}. The metadata and any other top-level value
 * are compared as {@linkplain #documentChanges() document changes}.
 *
 * <p>The comparison works on the canonical JSON, so a field the format gains is compared without any
 * change here. Two reports with the same canonical JSON have an {@linkplain #isEmpty() empty} diff.
 *
 * <pre>{@code
 * ReportDiff diff = ReportDiff.between(Reports.usPakistan2023(), ReportReader.strict().read(Path.of("mine.json")));
 * System.out.println(diff);                          // the listing
 * String patch = diff.write(DiffFormat.JSON_PATCH);  // RFC 6902
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportDiff {

  private static final ReportWriter WRITER = ReportWriter.canonical();

  private final Alignment alignment;
  private final ImmutableList<FieldChange> documentChanges;
  private final ImmutableList<FactDiff> pairs;
  private final ImmutableList<FactKind> reordered;
  private final Map<FactKind, int[]> sizes;

  private ReportDiff(Alignment alignment, ImmutableList<FieldChange> documentChanges, ImmutableList<FactDiff> pairs,
      ImmutableList<FactKind> reordered, Map<FactKind, int[]> sizes) {
    this.alignment = alignment;
    this.documentChanges = documentChanges;
    this.pairs = pairs;
    this.reordered = reordered;
    this.sizes = sizes;
  }

  /**
   * Compares {@code first} with {@code second}.
   *
   * @param first the older report, or the one to change, not null
   * @param second the newer report, not null
   * @return the diff, not null
   */
  public static ReportDiff between(Report first, Report second) {
    Side a = Side.of(first, "first");
    Side b = Side.of(second, "second");
    return of(a, b, Alignment.of(a, b));
  }

  static ReportDiff of(Side a, Side b, Alignment alignment) {
    ImmutableList.Builder<FieldChange> document = ImmutableList.builder();
    Set<String> lists = listNames();
    Map<String, Node> fa = a.root.fields();
    Map<String, Node> fb = b.root.fields();
    for (String name : inOrder(List.of(), fa, fb)) {
      if (!lists.contains(name)) {
        compare(List.of(), ImmutableList.of(name), fa.get(name), fb.get(name), document);
      }
    }
    ImmutableList.Builder<FactDiff> pairs = ImmutableList.builder();
    for (FactPair p : alignment.pairs()) {
      ImmutableList.Builder<FieldChange> changes = ImmutableList.builder();
      compare(List.of(p.kind().listName()), ImmutableList.of(), a.facts(p.kind()).get(p.oldIndex()),
          b.facts(p.kind()).get(p.newIndex()), changes);
      pairs.add(new FactDiff(p, changes.build()));
    }
    ImmutableList.Builder<FactKind> reordered = ImmutableList.builder();
    Map<FactKind, int[]> sizes = new java.util.EnumMap<>(FactKind.class);
    for (FactKind kind : FactKind.inFormatOrder()) {
      int last = -1;
      for (FactPair p : alignment.pairs(kind)) {
        if (p.oldIndex() < last) {
          reordered.add(kind);
          break;
        }
        last = p.oldIndex();
      }
      sizes.put(kind, new int[] {a.facts(kind).size(), b.facts(kind).size()});
    }
    return new ReportDiff(alignment, document.build(), pairs.build(), reordered.build(), sizes);
  }

  private static Set<String> listNames() {
    Set<String> out = new java.util.HashSet<>();
    for (FactKind k : FactKind.inFormatOrder()) {
      out.add(k.listName());
    }
    return out;
  }

  /**
   * Adds the changes from {@code a} to {@code b} under {@code path}: objects field by field, in the
   * canonical order of their fields, arrays of one length element by element, anything else as one
   * change. {@code root} names the fields above the path from the report's top level ({@code
   * loans} for a loan's values), so that the path's names give the object's canonical order.
   */
  static void compare(List<String> root, ImmutableList<Object> path, @Nullable Node a, @Nullable Node b,
      ImmutableList.Builder<FieldChange> out) {
    if (a == null) {
      if (b != null) {
        out.add(FieldChange.of(path, null, b));
      }
    } else if (b == null) {
      out.add(FieldChange.of(path, a, null));
    } else if (a.isObject() && b.isObject()) {
      List<String> shape = new ArrayList<>(root);
      for (Object segment : path) {
        if (segment instanceof String name) {
          shape.add(name);
        }
      }
      for (String name : inOrder(shape, a.fields(), b.fields())) {
        compare(root, append(path, name), a.field(name), b.field(name), out);
      }
    } else if (a.isArray() && b.isArray() && a.elements().size() == b.elements().size()) {
      for (int i = 0; i < a.elements().size(); i++) {
        compare(root, append(path, i), a.elements().get(i), b.elements().get(i), out);
      }
    } else if (!a.equals(b)) {
      out.add(FieldChange.of(path, a, b));
    }
  }

  /**
   * Returns the names of the fields either object holds, in the canonical order of the objects at
   * {@code shape} (the JSON names from the report's top level, without list positions); fields the
   * format does not name there, such as unknown fields, come last, by name, so that the order is the
   * same whichever object is first.
   */
  private static List<String> inOrder(List<String> shape, Map<String, Node> a, Map<String, Node> b) {
    List<String> order = WRITER.fieldOrder(shape).orElse(ImmutableList.of());
    List<String> known = new ArrayList<>();
    for (String name : order) {
      if (a.containsKey(name) || b.containsKey(name)) {
        known.add(name);
      }
    }
    java.util.SortedSet<String> other = new java.util.TreeSet<>();
    for (String name : a.keySet()) {
      if (!order.contains(name)) {
        other.add(name);
      }
    }
    for (String name : b.keySet()) {
      if (!order.contains(name)) {
        other.add(name);
      }
    }
    known.addAll(other);
    return known;
  }

  private static ImmutableList<Object> append(ImmutableList<Object> path, Object segment) {
    return ImmutableList.builderWithExpectedSize(path.size() + 1).addAll(path).add(segment).build();
  }

  /** {@return the pairing of the two reports' facts the diff is made of; not null} */
  public Alignment alignment() {
    return alignment;
  }

  /** {@return the changes outside the lists of facts, such as {@code metadata.title} or {@code schemaVersion}; not null} */
  public ImmutableList<FieldChange> documentChanges() {
    return documentChanges;
  }

  /** {@return the pairs whose facts differ, kind by kind in the format's order; not null} */
  public ImmutableList<FactDiff> changed() {
    return pairs.stream().filter(d -> !d.isEmpty()).collect(ImmutableList.toImmutableList());
  }

  /** {@return every pair, changed or not, kind by kind in the format's order and in the second report's order within a kind; not null} */
  ImmutableList<FactDiff> pairs() {
    return pairs;
  }

  /** {@return the facts only in the first report; not null} */
  public ImmutableList<UnpairedFact> removed() {
    return alignment.onlyInFirst();
  }

  /** {@return the facts only in the second report; not null} */
  public ImmutableList<UnpairedFact> added() {
    return alignment.onlyInSecond();
  }

  /** {@return the kinds whose paired facts stand in another order in the second report; not null} */
  public ImmutableList<FactKind> reordered() {
    return reordered;
  }

  /** {@return whether the two reports have the same canonical JSON} */
  public boolean isEmpty() {
    if (!documentChanges.isEmpty() || !removed().isEmpty() || !added().isEmpty() || !reordered.isEmpty()) {
      return false;
    }
    for (FactDiff d : pairs) {
      if (!d.isEmpty() || d.pair().oldIndex() != d.pair().newIndex()) {
        return false;
      }
    }
    return true;
  }

  /** Returns the number of facts of {@code kind} in the first (0) or the second (1) report. */
  int size(FactKind kind, int side) {
    return sizes.get(kind)[side];
  }

  /**
   * Returns the diff the other way round, from the second report to the first: every change
   * inverted, the added facts removed and the removed ones added.
   *
   * @return the inverse diff, not null
   */
  public ReportDiff inverse() {
    List<FactDiff> inverted = new ArrayList<>();
    for (FactDiff d : pairs) {
      inverted.add(d.inverse());
    }
    // In the inverse, pairs stand in the order of the first report, as an alignment of the two lists.
    inverted.sort(java.util.Comparator.comparingInt((FactDiff d) -> FactKind.inFormatOrder().indexOf(d.kind()))
        .thenComparingInt(d -> d.pair().newIndex()));
    Map<FactKind, int[]> swapped = new java.util.EnumMap<>(FactKind.class);
    sizes.forEach((k, v) -> swapped.put(k, new int[] {v[1], v[0]}));
    return new ReportDiff(alignment.inverse(), documentChanges.stream().map(FieldChange::inverse)
        .collect(ImmutableList.toImmutableList()), ImmutableList.copyOf(inverted), reordered, swapped);
  }

  /**
   * Writes the diff in {@code format}.
   *
   * @param format the form, not null
   * @return the text, ending with a newline unless empty; not null
   */
  public String write(DiffFormat format) {
    requireNonNull(format, "format");
    switch (format) {
      case JSON:
        return DiffWriter.json(this);
      case JSON_PATCH:
        return DiffWriter.patch(this);
      case MARKDOWN:
        return DiffWriter.markdown(this);
      default:
        return DiffWriter.listing(this, false);
    }
  }

  /**
   * Returns the listing of {@link DiffFormat#LISTING}, with ANSI colours when {@code colour}: red for
   * what only the first report has, green for what only the second has, yellow for changed facts.
   *
   * @param colour whether to colour the text for a terminal
   * @return the listing, empty when the reports are the same; not null
   */
  public String toListing(boolean colour) {
    return DiffWriter.listing(this, colour);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ReportDiff)) {
      return false;
    }
    ReportDiff d = (ReportDiff) o;
    return documentChanges.equals(d.documentChanges) && pairs.equals(d.pairs) && removed().equals(d.removed())
        && added().equals(d.added()) && reordered.equals(d.reordered);
  }

  @Override
  public int hashCode() {
    return Objects.hash(documentChanges, pairs, removed(), added(), reordered);
  }

  /** {@return the listing without colour: {@link #write(DiffFormat) write(DiffFormat.LISTING)}} */
  @Override
  public String toString() {
    return write(DiffFormat.LISTING);
  }
}
