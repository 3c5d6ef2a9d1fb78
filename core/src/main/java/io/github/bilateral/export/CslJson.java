package io.github.bilateral.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.LinkedListMultimap;
import com.google.common.collect.ListMultimap;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorKind;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes {@link ExportFormat#CSL_JSON}: the report's sources as an array of CSL-JSON items.
 *
 * <p>One item per source: a footnote that repeats another ("Ibid." or a shortened repeat) adds its
 * number to the note of the item it repeats rather than making an item of its own. Item ids are
 * {@code footnote-N}. The type is {@code webpage} when the footnote has a URL and {@code document}
 * otherwise, with the outlet as {@code container-title}. Authors that are institutions (a name the
 * report gives to an actor that is not a person, or one with a word such as "Mission", "Office" or
 * "Institute") are written as {@code literal} names; other authors as {@code family} (the last
 * word) and {@code given} (the rest). Dates become {@code date-parts} of one, two or three numbers;
 * a date printed without a parsed date becomes a {@code literal} date. The footnote numbers, the
 * item's own and its repeats', are in {@code note} for readers and in {@code custom.footnotes} for
 * programs.
 */
final class CslJson {

  private static final Pattern INSTITUTION = Pattern.compile(
      "(?i).*\\b(mission|embassy|consulate|office|department|ministry|institute|center|centre|agency"
          + "|bureau|council|commission|committee|fund|bank|organi[sz]ation|government|university"
          + "|foundation|association|staff|reuters|news|press|group|service|programme|program"
          + "|forum|society|trust|board|network|editorial|team|desk)\\b.*");

  private CslJson() {}

  static void write(Report report, OutputStream out) throws IOException {
    ListMultimap<Integer, Integer> repeats = LinkedListMultimap.create();
    for (Citation c : report.citations()) {
      int original = original(report, c);
      if (original != c.footnote()) {
        repeats.put(original, c.footnote());
      }
    }
    Set<String> institutions = institutions(report);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    try (JsonGenerator g = ReportParts.JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(indenter).withArrayIndenter(indenter));
      g.writeStartArray();
      for (Citation c : report.citations()) {
        if (original(report, c) == c.footnote()) {
          item(g, report, c, repeats.get(c.footnote()), institutions);
        }
      }
      g.writeEndArray();
      g.writeRaw('\n');
      g.flush();
    }
  }

  /** Follows ibid and sameAs links back to the footnote that is not a repeat. */
  static int original(Report report, Citation c) {
    Citation at = c;
    for (int guard = 0; guard < 1000; guard++) {
      int next = at.ibid().isPresent() ? at.ibid().getAsInt()
          : at.sameAs().isPresent() ? at.sameAs().getAsInt() : at.footnote();
      if (next == at.footnote()) {
        return at.footnote();
      }
      Citation n = report.citation(next).orElse(null);
      if (n == null) {
        return at.footnote();
      }
      at = n;
    }
    return at.footnote();
  }

  private static Set<String> institutions(Report report) {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (Actor a : report.actors()) {
      if (a.kind() != ActorKind.PERSON) {
        a.names().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
      }
    }
    return names.build();
  }

  /** Returns whether an author string names an institution rather than a person. */
  static boolean isInstitution(String author, Set<String> institutionNames) {
    return institutionNames.contains(author.toLowerCase(Locale.ROOT))
        || INSTITUTION.matcher(author).matches()
        || !author.contains(" ");
  }

  private static void item(JsonGenerator g, Report report, Citation c, List<Integer> repeats,
      Set<String> institutions) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", "footnote-" + c.footnote());
    g.writeStringField("type", c.url().isPresent() ? "webpage" : "document");
    if (c.title().isPresent()) {
      g.writeStringField("title", c.title().get());
    }
    if (!c.authors().isEmpty()) {
      g.writeArrayFieldStart("author");
      for (String a : c.authors()) {
        g.writeStartObject();
        if (isInstitution(a, institutions)) {
          g.writeStringField("literal", a);
        } else {
          int space = a.lastIndexOf(' ');
          g.writeStringField("family", a.substring(space + 1));
          g.writeStringField("given", a.substring(0, space));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (c.outlet().isPresent()) {
      g.writeStringField("container-title", c.outlet().get());
    }
    if (c.date().isPresent()) {
      g.writeFieldName("issued");
      dateParts(g, c.date().get());
    } else if (c.printedDate().isPresent()) {
      g.writeObjectFieldStart("issued");
      g.writeStringField("literal", c.printedDate().get());
      g.writeEndObject();
    }
    if (c.accessed().isPresent()) {
      g.writeFieldName("accessed");
      dateParts(g, PartialDate.of(c.accessed().get()));
    }
    if (c.url().isPresent()) {
      g.writeStringField("URL", c.url().get());
    }
    StringBuilder note = new StringBuilder("Footnote ").append(c.footnote());
    if (!repeats.isEmpty()) {
      note.append(" (repeated in footnote").append(repeats.size() > 1 ? "s " : " ")
          .append(repeats.stream().map(String::valueOf).collect(Collectors.joining(", "))).append(')');
    }
    note.append(" of \"").append(report.metadata().title()).append("\", ")
        .append(String.join(", ", report.metadata().authors())).append(", ")
        .append(report.metadata().publisher()).append(", ").append(report.metadata().date()).append('.');
    g.writeStringField("note", note.toString());
    g.writeObjectFieldStart("custom");
    g.writeArrayFieldStart("footnotes");
    g.writeNumber(c.footnote());
    for (int r : repeats) {
      g.writeNumber(r);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void dateParts(JsonGenerator g, PartialDate d) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("date-parts");
    g.writeStartArray();
    g.writeNumber(d.year());
    if (d.month().isPresent()) {
      g.writeNumber(d.month().getAsInt());
    }
    if (d.day().isPresent()) {
      g.writeNumber(d.day().getAsInt());
    }
    g.writeEndArray();
    g.writeEndArray();
    g.writeEndObject();
  }

}
