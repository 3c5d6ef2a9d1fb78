package io.github.bilateral.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.SpoofingCharacters;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The forms of {@link DiffFormat}. */
final class DiffWriter {

  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private DiffWriter() {}

  /** What one kind's part of a diff holds. */
  private static final class KindPart {
    final FactKind kind;
    final List<FactDiff> changed = new ArrayList<>();
    final List<UnpairedFact> removed = new ArrayList<>();
    final List<UnpairedFact> added = new ArrayList<>();
    final boolean reordered;

    KindPart(ReportDiff diff, FactKind kind) {
      this.kind = kind;
      for (FactDiff d : diff.changed()) {
        if (d.kind() == kind) {
          changed.add(d);
        }
      }
      for (UnpairedFact f : diff.removed()) {
        if (f.kind() == kind) {
          removed.add(f);
        }
      }
      for (UnpairedFact f : diff.added()) {
        if (f.kind() == kind) {
          added.add(f);
        }
      }
      reordered = diff.reordered().contains(kind);
    }

    boolean isEmpty() {
      return changed.isEmpty() && removed.isEmpty() && added.isEmpty() && !reordered;
    }

    String counts() {
      List<String> parts = new ArrayList<>();
      if (!changed.isEmpty()) {
        parts.add(changed.size() + " changed");
      }
      if (!removed.isEmpty()) {
        parts.add(removed.size() + " removed");
      }
      if (!added.isEmpty()) {
        parts.add(added.size() + " added");
      }
      if (reordered) {
        parts.add("order changed");
      }
      return String.join(", ", parts);
    }
  }

  private static List<KindPart> parts(ReportDiff diff) {
    List<KindPart> out = new ArrayList<>();
    for (FactKind kind : FactKind.inFormatOrder()) {
      KindPart p = new KindPart(diff, kind);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  static String listing(ReportDiff diff, boolean colour) {
    StringBuilder b = new StringBuilder();
    if (!diff.documentChanges().isEmpty()) {
      b.append(paint("document: " + diff.documentChanges().size() + " changed", BOLD, colour)).append('\n');
      for (FieldChange c : diff.documentChanges()) {
        b.append(paint("~ ", YELLOW, colour)).append(safe(c.toString())).append('\n');
      }
    }
    int changed = 0;
    for (KindPart p : parts(diff)) {
      changed += p.changed.size();
      b.append(paint(p.kind.listName() + ": " + p.counts(), BOLD, colour)).append('\n');
      for (FactDiff d : p.changed) {
        b.append(paint("~ " + d.pair(), YELLOW, colour)).append('\n');
        for (FieldChange c : d.changes()) {
          b.append("    ").append(safe(c.toString())).append('\n');
        }
        for (FieldChange c : d.provenanceChanges()) {
          b.append("    ").append(safe(c.toString())).append('\n');
        }
      }
      for (UnpairedFact f : p.removed) {
        b.append(paint("- " + f, RED, colour)).append('\n');
      }
      for (UnpairedFact f : p.added) {
        b.append(paint("+ " + f, GREEN, colour)).append('\n');
      }
    }
    if (b.length() > 0) {
      b.append(changed).append(changed == 1 ? " fact" : " facts").append(" changed, ")
          .append(diff.removed().size()).append(" removed, ").append(diff.added().size()).append(" added")
          .append(diff.documentChanges().isEmpty() ? "" : ", " + diff.documentChanges().size()
              + " document " + (diff.documentChanges().size() == 1 ? "value" : "values") + " changed")
          .append('\n');
    }
    return b.toString();
  }

  private static String paint(String text, String code, boolean colour) {
    return colour ? code + safe(text) + RESET : safe(text);
  }

  private static String safe(String text) {
    return SpoofingCharacters.escape(text);
  }

  /** The JSON form: see README's "Comparing reports". */
  static String json(ReportDiff diff) {
    return generate(g -> {
      g.writeStartObject();
      g.writeBooleanField("same", diff.isEmpty());
      g.writeArrayFieldStart("document");
      for (FieldChange c : diff.documentChanges()) {
        change(g, c);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("kinds");
      for (KindPart p : parts(diff)) {
        g.writeStartObject();
        g.writeStringField("kind", p.kind.word());
        g.writeStringField("list", p.kind.listName());
        g.writeBooleanField("reordered", p.reordered);
        g.writeArrayFieldStart("changed");
        for (FactDiff d : p.changed) {
          g.writeStartObject();
          g.writeStringField("old", d.pair().oldId());
          g.writeStringField("new", d.pair().newId());
          g.writeStringField("pairing", d.pair().pairing().word());
          g.writeNumberField("score", new java.math.BigDecimal(d.pair().score()).setScale(4, java.math.RoundingMode.HALF_EVEN));
          g.writeArrayFieldStart("changes");
          for (FieldChange c : d.changes()) {
            change(g, c);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("provenance");
          for (FieldChange c : d.provenanceChanges()) {
            change(g, c);
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        unpaired(g, "removed", p.removed);
        unpaired(g, "added", p.added);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void change(JsonGenerator g, FieldChange c) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", c.path());
    g.writeStringField("pointer", c.pointer());
    if (c.oldNode() != null) {
      g.writeFieldName("old");
      c.oldNode().write(g);
    }
    if (c.newNode() != null) {
      g.writeFieldName("new");
      c.newNode().write(g);
    }
    g.writeEndObject();
  }

  private static void unpaired(JsonGenerator g, String name, List<UnpairedFact> facts) throws IOException {
    g.writeArrayFieldStart(name);
    for (UnpairedFact f : facts) {
      g.writeStartObject();
      g.writeStringField("id", f.id());
      g.writeNumberField("index", f.index());
      g.writeFieldName("fact");
      f.node().write(g);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * The RFC 6902 patch from the first report's canonical JSON to the second's: the document changes;
   * then, list by list, the facts only in the first removed (from the last), and the second's facts
   * put in its order, each paired fact moved to its place and changed there, each new one added.
   */
  static String patch(ReportDiff diff) {
    return generate(g -> {
      g.writeStartArray();
      for (FieldChange c : diff.documentChanges()) {
        op(g, "", c);
      }
      for (FactKind kind : FactKind.inFormatOrder()) {
        listPatch(g, diff, kind);
      }
      g.writeEndArray();
    });
  }

  private static void listPatch(JsonGenerator g, ReportDiff diff, FactKind kind) throws IOException {
    String list = "/" + kind.listName();
    int sizeA = diff.size(kind, 0);
    int sizeB = diff.size(kind, 1);
    if (sizeA == 0 && sizeB == 0) {
      return;
    }
    FactDiff[] byNew = new FactDiff[sizeB];
    for (FactDiff d : diff.pairs()) {
      if (d.kind() == kind) {
        byNew[d.pair().newIndex()] = d;
      }
    }
    UnpairedFact[] addedByNew = new UnpairedFact[sizeB];
    for (UnpairedFact f : diff.added()) {
      if (f.kind() == kind) {
        addedByNew[f.index()] = f;
      }
    }
    if (sizeB == 0) {
      // The canonical form leaves out an empty list.
      g.writeStartObject();
      g.writeStringField("op", "remove");
      g.writeStringField("path", list);
      g.writeEndObject();
      return;
    }
    if (sizeA == 0) {
      g.writeStartObject();
      g.writeStringField("op", "add");
      g.writeStringField("path", list);
      g.writeFieldName("value");
      g.writeStartArray();
      for (UnpairedFact f : addedByNew) {
        f.node().write(g);
      }
      g.writeEndArray();
      g.writeEndObject();
      return;
    }
    // The working list: the first report's positions, -1 for a fact added.
    List<Integer> working = new ArrayList<>();
    for (int i = 0; i < sizeA; i++) {
      working.add(i);
    }
    List<UnpairedFact> removed = diff.removed().stream().filter(f -> f.kind() == kind).collect(Collectors.toList());
    for (int k = removed.size() - 1; k >= 0; k--) {
      int i = removed.get(k).index();
      working.remove(i);
      simple(g, "remove", list + "/" + i, null);
    }
    for (int j = 0; j < sizeB; j++) {
      FactDiff d = byNew[j];
      if (d == null) {
        working.add(j, -1);
        simple(g, "add", list + "/" + j, addedByNew[j].node());
        continue;
      }
      int old = d.pair().oldIndex();
      if (j >= working.size() || working.get(j) != old) {
        int at = working.indexOf(old);
        working.remove(at);
        working.add(j, old);
        g.writeStartObject();
        g.writeStringField("op", "move");
        g.writeStringField("from", list + "/" + at);
        g.writeStringField("path", list + "/" + j);
        g.writeEndObject();
      }
      for (FieldChange c : d.allChanges()) {
        op(g, list + "/" + j, c);
      }
    }
  }

  private static void op(JsonGenerator g, String prefix, FieldChange c) throws IOException {
    String path = prefix + c.pointer();
    if (c.oldNode() == null) {
      simple(g, "add", path, c.newNode());
    } else if (c.newNode() == null) {
      simple(g, "remove", path, null);
    } else {
      simple(g, "replace", path, c.newNode());
    }
  }

  private static void simple(JsonGenerator g, String op, String path, @Nullable Node value) throws IOException {
    g.writeStartObject();
    g.writeStringField("op", op);
    g.writeStringField("path", path);
    if (value != null) {
      g.writeFieldName("value");
      value.write(g);
    }
    g.writeEndObject();
  }

  /** Markdown for a changelog: a line of counts, then per kind a table of the changed values and the facts removed and added. */
  static String markdown(ReportDiff diff) {
    StringBuilder b = new StringBuilder();
    int changed = diff.changed().size();
    b.append(changed).append(changed == 1 ? " fact" : " facts").append(" changed, ").append(diff.removed().size())
        .append(" removed, ").append(diff.added().size()).append(" added.\n");
    if (!diff.documentChanges().isEmpty()) {
      b.append("\n## Document\n\n| field | before | after |\n| --- | --- | --- |\n");
      for (FieldChange c : diff.documentChanges()) {
        b.append("| ").append(code(c.path())).append(" | ").append(value(c.oldValue())).append(" | ")
            .append(value(c.newValue())).append(" |\n");
      }
    }
    for (KindPart p : parts(diff)) {
      b.append("\n## ").append(p.kind.listName()).append("\n\n").append(p.counts()).append(".\n");
      if (!p.changed.isEmpty()) {
        b.append("\n| fact | how paired | field | before | after |\n| --- | --- | --- | --- | --- |\n");
        for (FactDiff d : p.changed) {
          String fact = code(d.pair().oldId()) + (d.pair().oldId().equals(d.pair().newId()) ? ""
              : " → " + code(d.pair().newId()));
          String how = d.pair().pairing() == Pairing.ID ? "id"
              : String.format(Locale.ROOT, "content %.2f", d.pair().score());
          for (FieldChange c : d.allChanges()) {
            b.append("| ").append(fact).append(" | ").append(how).append(" | ").append(code(c.path())).append(" | ")
                .append(value(c.oldValue())).append(" | ").append(value(c.newValue())).append(" |\n");
          }
        }
      }
      if (!p.removed.isEmpty()) {
        b.append("\nRemoved: ").append(p.removed.stream().map(f -> code(f.id())).collect(Collectors.joining(", ")))
            .append(".\n");
      }
      if (!p.added.isEmpty()) {
        b.append("\nAdded: ").append(p.added.stream().map(f -> code(f.id())).collect(Collectors.joining(", ")))
            .append(".\n");
      }
    }
    return b.toString();
  }

  private static String value(java.util.Optional<String> v) {
    return v.map(DiffWriter::code).orElse("(absent)");
  }

  private static String code(String text) {
    String t = safe(text).replace("|", "\\|").replace("\n", " ");
    return t.contains("`") ? "<code>" + t.replace("<", "&lt;") + "</code>" : "`" + t + "`";
  }

  /** Writes JSON onto a generator. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** Returns the JSON that {@code body} writes, with two-space indentation and a final newline. */
  static String generate(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Node.JSON.createGenerator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(indenter).withArrayIndenter(indenter));
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }
}
