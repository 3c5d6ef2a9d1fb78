package io.github.bilateral.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.LinkedListMultimap;
import com.google.common.collect.ListMultimap;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorKind;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.NameKey;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes {@link ExportFormat#CSL_JSON}: the report's sources as an array of CSL-JSON items.
 *
 * <p>One item per source: a footnote that repeats another ("Ibid." or a shortened repeat) adds its
 * number to the note of the item it repeats rather than making an item of its own. Item ids are
 * {@code footnote-N}. The type comes from the outlet, by a table of the outlets the bundled report
 * cites: {@code article-newspaper} for newspapers, agencies and broadcasters, {@code article-magazine}
 * for magazines, {@code report} for research institutes; any other outlet gives {@code webpage} when
 * the footnote has a URL and {@code document} otherwise. The outlet is the {@code container-title}. Authors that are institutions (a name the
 * report gives to an actor that is not a person, or one with a word such as "Mission", "Office" or
 * "Institute") are written as {@code literal} names; other authors as {@code given}, {@code family}
 * (the last word), with a lower-case particle before it as {@code non-dropping-particle} ("von der
 * Leyen") and a trailing "Jr." or "III" as {@code suffix}. Dates become {@code date-parts} of one, two or three numbers;
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

  /**
   * The CSL type of the works of each outlet the bundled report cites, by the outlet's folded name:
   * newspapers, news agencies and broadcasters publish {@code article-newspaper}, magazines
   * {@code article-magazine}, research institutes and consultancies {@code report}. Any other outlet
   * (a government office, an embassy) publishes a {@code webpage} when there is a URL.
   */
  private static final ImmutableMap<String, String> OUTLET_TYPES = outletTypes(ImmutableMap.of(
      "article-newspaper", List.of("The Express Tribune", "Arab News", "Al Jazeera", "Reuters", "AP News",
          "Associated Press", "Dawn", "CNN", "The New York Times", "VOA News", "The Wall Street Journal",
          "MEMO Middle East Monitor", "NPR", "Pakistan Today", "Dunya News", "CNBC", "The Guardian",
          "Daily Times", "Mint", "South China Morning Post", "Anadolu Agency", "Devex"),
      "article-magazine", List.of("Time", "The Economist", "The Diplomat", "Foreign Affairs", "India Today"),
      "report", List.of("Middle East Institute", "United States Institute of Peace", "Stimson", "Stimson Center",
          "Institute of Strategic Studies Islamabad", "Carnegie Endowment for International Peace", "McKinsey",
          "European Foundation for South Asia Studies", "Asia Displacement Solutions Platform")));

  /** Lower-case words that begin a family name ("von der Leyen"), written as its particle. */
  private static final ImmutableSet<String> PARTICLES = ImmutableSet.of(
      "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "la", "le", "ten", "ter", "bin", "ibn");

  /** Words that end a name after the family name ("King Jr."). */
  private static final ImmutableSet<String> SUFFIXES = ImmutableSet.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

  private CslJson() {}

  private static ImmutableMap<String, String> outletTypes(ImmutableMap<String, List<String>> byType) {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    byType.forEach((type, outlets) -> outlets.forEach(o -> out.put(NameKey.of(o), type)));
    return out.buildOrThrow();
  }

  /** Returns the CSL type of a work of {@code outlet} (empty if none is printed), with a URL or not. */
  static String type(String outlet, boolean hasUrl) {
    String known = OUTLET_TYPES.get(NameKey.of(outlet));
    if (known != null) {
      return known;
    }
    return hasUrl ? "webpage" : "document";
  }

  /**
   * Returns the parts of a person's name as CSL name fields, in order: {@code given}, then a
   * lower-case particle as {@code non-dropping-particle} ("von der"), {@code family}, and a
   * {@code suffix} ("Jr.", "III"). A capitalised particle ("Van Hollen") stays in the family name.
   */
  static ImmutableMap<String, String> name(String person) {
    List<String> words = new ArrayList<>(List.of(person.trim().split("\\s+")));
    String suffix = null;
    if (words.size() > 2 && SUFFIXES.contains(words.get(words.size() - 1))) {
      suffix = words.remove(words.size() - 1);
      int last = words.size() - 1;
      if (words.get(last).endsWith(",")) {
        words.set(last, words.get(last).substring(0, words.get(last).length() - 1));
      }
    }
    int family = words.size() - 1;
    while (family > 1 && PARTICLES.contains(words.get(family - 1).toLowerCase(Locale.ROOT))
        && !words.get(family - 1).equals(words.get(family - 1).toLowerCase(Locale.ROOT))) {
      family--;
    }
    int particle = family;
    while (particle > 1 && PARTICLES.contains(words.get(particle - 1))) {
      particle--;
    }
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    out.put("given", String.join(" ", words.subList(0, particle)));
    if (particle < family) {
      out.put("non-dropping-particle", String.join(" ", words.subList(particle, family)));
    }
    out.put("family", String.join(" ", words.subList(family, words.size())));
    if (suffix != null) {
      out.put("suffix", suffix);
    }
    return out.buildOrThrow();
  }

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
    // Each step goes to an earlier footnote (a citation's ibid and sameAs must), so the walk ends.
    Citation at = c;
    while (true) {
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
    g.writeStringField("type", type(c.outlet().orElse(""), c.url().isPresent()));
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
          for (Map.Entry<String, String> part : name(a).entrySet()) {
            g.writeStringField(part.getKey(), part.getValue());
          }
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
