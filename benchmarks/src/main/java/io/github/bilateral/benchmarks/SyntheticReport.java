package io.github.bilateral.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic, seeded generator of synthetic reports in the library's own format, valid by
 * construction, streamed out with a {@link JsonGenerator} so that even a 250 MB report is never held
 * in memory.
 *
 * <p>The shapes follow the bundled dataset: a few actors are referenced very often (the choice of
 * an actor is skewed towards low numbers), dates are partial (a year, a month, sometimes with
 * {@code early}/{@code mid}/{@code late}), amounts are hedged ({@code approximately}, {@code
 * at-least}, with the printed words) and some are converted from another currency, facts cite
 * footnotes, actors and places carry aliases, persons hold offices, loans extend earlier loans and
 * belong to debt stocks. Ids and names are pure functions of a fact's number, so a benchmark can
 * name a fact that exists without reading the file.
 *
 * <pre>{@code
 * SyntheticReport.ofFacts(100_000, 42).write(Path.of("target/100k.json"));
 * SyntheticReport.ofBytes(30_000_000, 42).write(Path.of("target/30mb.json"));
 * }</pre>
 */
public final class SyntheticReport {

  /**
   * The edition of what this class writes: raised whenever it writes other bytes for the same seed
   * and size (2: format version 2), so that datasets kept on disk under an older edition's name are
   * not read in their place.
   */
  public static final int EDITION = 2;

  /** The footnote and recommendation numbers the format accepts go up to 100,000. */
  private static final int MAX_NUMBER = 100_000;

  private static final String[] SECTIONS = {
    "front-matter", "executive-summary", "introduction", "ground-realities", "economy", "security",
    "reassessing-policy", "regional-nexus", "political-challenges", "economic-challenges",
    "afghanistan", "climate", "recommendations", "conclusion"};

  private static final String[] FIRST = {"Amina", "Bilal", "Chen", "Daniyal", "Elena", "Farah", "Ghulam",
    "Hina", "Imran", "Javed", "Kamala", "Li", "Maryam", "Nawaz", "Omar", "Priya", "Qamar", "Rashid",
    "Sana", "Tariq", "Uzma", "Viktor", "Wang", "Yusuf", "Zainab", "José", "Zoë", "Ayşe"};
  private static final String[] LAST = {"Ahmed", "Bhutto", "Chaudhry", "Durrani", "Elahi", "Faruqi",
    "Gilani", "Haqqani", "Iqbal", "Jinnah", "Khan", "Lodhi", "Malik", "Niazi", "Osmani", "Qureshi",
    "Rehman", "Sharif", "Tarar", "Usmani", "Wazir", "Yousafzai", "Zardari", "Blinken", "Li", "Müller"};
  private static final String[] ORG_WORDS = {"Ministry", "Council", "Bank", "Authority", "Commission",
    "Fund", "Agency", "Institute", "Directorate", "Corporation", "Movement", "Front", "League"};
  private static final String[] TOPICS = {"Finance", "Foreign Affairs", "Energy", "Water", "Trade",
    "Defence", "Climate", "Refugees", "Planning", "Development", "Security", "Health", "Education"};
  private static final String[] WORDS = ("the a government loan programme talks security economic "
      + "crisis reserves border relations support aid pledge default inflation elections court military "
      + "province province's people’s caretaker coalition dialogue agreement rollover deposit tranche IMF "
      + "review reform budget tax revenue exports imports corridor port investment debt repayment policy "
      + "strategic partnership regional stability cooperation refugees migration floods relief "
      + "reconstruction sanctions visit summit delegation statement announced approved suspended "
      + "signed extended deferred ‘hybrid regime’ militancy attacks Khyber Pakhtunkhwa Baluchistan "
      + "Gwadar Karachi Islamabad Kabul Beijing Washington Riyadh Abu Dhabi café naïve").split(" ");
  private static final String[] COUNTRIES = {"PK", "US", "CN", "IN", "AF", "SA", "AE", "IR", "GB", "QA",
    "TR", "JP", "DE", "FR", "RU"};
  private static final String[] CURRENCIES = {"USD", "USD", "USD", "USD", "PKR", "CNY", "SAR", "AED",
    "EUR", "GBP", "JPY"};
  private static final String[] ACTOR_KINDS = {"state", "international-organisation", "government-body",
    "military-or-security-body", "political-party", "person", "person", "person", "armed-group",
    "company", "community", "programme", "other"};
  private static final String[] PLACE_KINDS = {"country", "province", "region", "city", "port", "border",
    "river", "sea", "site", "other"};
  private static final String[] RELATION_KINDS = {"member-of", "part-of", "leads", "allied-with",
    "rival-of", "opposes", "supports", "mediates-for", "influences", "trade-partner-of", "creditor-of",
    "designates", "engages-with", "hosts"};
  private static final String[] LOAN_KINDS = {"stand-by-arrangement", "extended-fund-facility",
    "imf-programme", "rollover", "bilateral-loan", "commercial-loan", "deferred-payment", "aid-pledge",
    "grant", "assistance", "investment"};
  private static final String[] LOAN_STATUSES = {"proposed", "under-negotiation", "approved",
    "committed", "disbursing", "suspended", "rolled-over", "deferred", "repaid", "completed",
    "outstanding"};
  private static final String[] AGREEMENT_KINDS = {"treaty", "framework", "partnership", "deal",
    "dialogue", "designation", "legislation", "programme", "plan", "proposal", "initiative", "status"};
  private static final String[] AGREEMENT_STATUSES = {"proposed", "under-negotiation", "signed",
    "in-force", "awaiting-approval", "suspended", "lapsed", "concluded", "not-materialised", "absent"};
  private static final String[] EVENT_KINDS = {"political", "election", "arrest", "court",
    "legislation", "appointment", "visit", "meeting", "diplomacy", "statement", "violence", "military",
    "disaster", "economic", "migration", "other"};
  private static final String[] QUALIFIERS = {"exact", "exact", "approximately", "nearly", "at-least",
    "more-than", "at-most", "less-than"};
  private static final String[] UNITS = {"people", "percent", "kilometres", "weeks", "cases", "bombings",
    "years"};
  private static final String[] ASSESSMENT_KINDS = {"scenario", "outcome", "concern", "risk", "judgement"};
  private static final String[] LIKELIHOODS = {"very-unlikely", "unlikely", "uncertain", "possible",
    "likely", "very-likely", "certain"};
  private static final String[] ERRATUM_KINDS = {"spelling-variant", "url-mismatch",
    "out-of-order-footnote", "split-footnote", "inconsistency", "misattribution", "other"};
  private static final String[] THEMES = {"security", "climate", "trade", "economy", "governance",
    "india-pakistan-rivalry", "afghanistan", "counter-terrorism", "energy", "migration"};
  private static final String[] OUTLETS = {"Dawn", "Al Jazeera", "Reuters", "The New York Times",
    "The Express Tribune", "CNN", "Foreign Policy", "The Diplomat", "BBC News", "Nikkei Asia"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"};

  private final long seed;
  private final boolean compact;
  private final int requested;
  private final int sections;
  private final int citations;
  private final int actors;
  private final int places;
  private final int relations;
  private final int loans;
  private final int agreements;
  private final int recommendations;
  private final int events;
  private final int figures;
  private final int assessments;
  private final int errata;

  private SyntheticReport(int facts, long seed, boolean compact) {
    if (facts < 100) {
      throw new IllegalArgumentException("at least 100 facts, found " + facts);
    }
    this.seed = seed;
    this.compact = compact;
    this.requested = facts;
    this.sections = SECTIONS.length;
    int rest = facts - sections;
    // Proportions close to the bundled report's, with fewer actors per fact than one report has:
    // a corpus names the same actors again and again.
    this.citations = Math.min(MAX_NUMBER, Math.max(5, rest * 12 / 100));
    this.actors = Math.max(20, rest * 9 / 100);
    this.places = Math.max(5, rest * 4 / 100);
    this.relations = rest * 18 / 100;
    this.loans = Math.max(25, rest * 6 / 100);
    this.agreements = rest * 6 / 100;
    this.recommendations = Math.min(MAX_NUMBER, Math.max(1, rest * 2 / 100));
    this.figures = rest * 6 / 100;
    this.assessments = rest * 6 / 100;
    this.errata = rest * 3 / 100;
    this.events = Math.max(1, rest - citations - actors - places - relations - loans - agreements
        - recommendations - figures - assessments - errata);
  }

  /** Returns the generator of a report with about {@code facts} facts (sections included). */
  public static SyntheticReport ofFacts(int facts, long seed) {
    return new SyntheticReport(facts, seed, false);
  }

  /**
   * Returns a copy that writes without indentation and with short texts (the same number of facts
   * of each kind, the same ids and names; other values differ), so that a million facts take 261 MB
   * rather than 515 MB.
   */
  public SyntheticReport compact() {
    return new SyntheticReport(requested, seed, true);
  }

  /**
   * Returns the generator of a report of about {@code bytes} bytes, sized from a sample of 4,000
   * facts written with the same seed.
   */
  public static SyntheticReport ofBytes(long bytes, long seed) {
    int sample = 4_000;
    CountingStream counter = new CountingStream();
    new SyntheticReport(sample, seed, false).write(counter);
    double perFact = (double) counter.count / sample;
    long facts = Math.max(100, Math.round(bytes / perFact));
    if (facts > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too large: " + bytes + " bytes");
    }
    return new SyntheticReport((int) facts, seed, false);
  }

  /** The number of facts the report holds, sections included. */
  public int facts() {
    return sections + citations + actors + places + relations + loans + agreements + recommendations
        + events + figures + assessments + errata;
  }

  /** The number of actors. */
  public int actors() {
    return actors;
  }

  /** The number of loans. */
  public int loans() {
    return loans;
  }

  /** The number of events. */
  public int events() {
    return events;
  }

  /** The id of actor number {@code i} (0-based). */
  public static String actorId(int i) {
    return slug(actorName(i));
  }

  /** The name of actor number {@code i} (0-based), unique in the report. */
  public static String actorName(int i) {
    if (kindOfActor(i).equals("person")) {
      return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + " " + (i + 1);
    }
    return ORG_WORDS[i % ORG_WORDS.length] + " of " + TOPICS[(i / ORG_WORDS.length) % TOPICS.length]
        + " " + (i + 1);
  }

  private static String kindOfActor(int i) {
    return ACTOR_KINDS[mix(i, 7) % ACTOR_KINDS.length];
  }

  /** The id of loan number {@code i}. */
  public static String loanId(int i) {
    return "loan-" + (i + 1);
  }

  /** The id of event number {@code i}. */
  public static String eventId(int i) {
    return "event-" + (i + 1);
  }

  private static String placeId(int i) {
    return "place-" + (i + 1);
  }

  /** Writes the report to {@code file}, creating its directory. */
  public void write(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the report to {@code out} as UTF-8, without closing it. */
  public void write(OutputStream out) {
    JsonFactory factory = JsonFactory.builder().build();
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (!compact) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter).withArrayIndenter(indenter));
      }
      new Writer(g, new SplittableRandom(seed)).report();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cheap deterministic hash of a fact number, for properties that must not depend on order. */
  private static int mix(int i, int salt) {
    int h = i * 0x9E3779B1 + salt * 0x85EBCA6B;
    h ^= h >>> 15;
    h *= 0x2C1B3C6D;
    h ^= h >>> 13;
    return h & 0x7fffffff;
  }

  private static String slug(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean dash = false;
    for (int i = 0; i < name.length(); i++) {
      char ch = Character.toLowerCase(name.charAt(i));
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        sb.append(ch);
        dash = false;
      } else if (!dash && sb.length() > 0) {
        sb.append('-');
        dash = true;
      }
    }
    if (dash) {
      sb.setLength(sb.length() - 1);
    }
    return sb.toString();
  }

  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  /** One pass of writing; the random numbers are drawn in document order. */
  private final class Writer {
    private final JsonGenerator g;
    private final SplittableRandom r;

    Writer(JsonGenerator g, SplittableRandom r) {
      this.g = g;
      this.r = r;
    }

    private String pick(String[] values) {
      return values[r.nextInt(values.length)];
    }

    /** An actor number skewed towards the first ones: a few actors are named everywhere. */
    private int actor() {
      double u = r.nextDouble();
      return (int) (actors * u * u * u);
    }

    private int place() {
      double u = r.nextDouble();
      return (int) (places * u * u);
    }

    private String sentence(int minWords, int maxWords) {
      int n = minWords + r.nextInt(maxWords - minWords + 1);
      if (compact) {
        n = Math.min(n, 1 + n / 6);
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String w = pick(WORDS);
        if (i == 0) {
          w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        } else {
          sb.append(' ');
        }
        sb.append(w);
      }
      return sb.append('.').toString();
    }

    /** A partial date between 1990 and 2023, with an optional part of the period; whether it wrote one. */
    private boolean date(String field, boolean always) throws IOException {
      if (!always && r.nextInt(4) == 0) {
        return false;
      }
      int year = 1990 + r.nextInt(34);
      int precision = r.nextInt(10);
      if (precision < 2) {
        g.writeStringField(field, Integer.toString(year));
        if (precision == 0) {
          g.writeStringField(field + "Part", pick(new String[] {"early", "mid", "late"}));
        }
      } else if (precision < 5) {
        g.writeStringField(field, String.format(Locale.ROOT, "%d-%02d", year, 1 + r.nextInt(12)));
        if (precision == 2) {
          g.writeStringField(field + "Part", pick(new String[] {"early", "mid", "late"}));
        }
      } else {
        g.writeStringField(field, String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + r.nextInt(12),
            1 + r.nextInt(28)));
      }
      return true;
    }

    /** Writes up to {@code max} distinct actor ids; at least {@code min}. */
    private void actorList(String field, int min, int max) throws IOException {
      int n = min + r.nextInt(max - min + 1);
      if (n == 0) {
        return;
      }
      g.writeArrayFieldStart(field);
      for (int a : distinct(n, this::actor)) {
        g.writeString(actorId(a));
      }
      g.writeEndArray();
    }

    private void placeList(String field, int max) throws IOException {
      int n = r.nextInt(max + 1);
      if (n == 0) {
        return;
      }
      g.writeArrayFieldStart(field);
      for (int p : distinct(n, this::place)) {
        g.writeString(placeId(p));
      }
      g.writeEndArray();
    }

    private List<Integer> distinct(int n, java.util.function.IntSupplier next) {
      List<Integer> out = new ArrayList<>(n);
      for (int tries = 0; out.size() < n && tries < n * 20; tries++) {
        int v = next.getAsInt();
        if (!out.contains(v)) {
          out.add(v);
        }
      }
      return out;
    }

    private void provenance() throws IOException {
      provenance(List.of());
    }

    /**
     * Writes the fact's provenance; for one fact in four, also a sourcing of its own for one or two
     * of {@code sourced}, fields the fact holds, named in the fact's field order.
     */
    private void provenance(List<String> sourced) throws IOException {
      g.writeObjectFieldStart("provenance");
      g.writeArrayFieldStart("sections");
      int first = 1 + r.nextInt(sections - 1);
      g.writeString(SECTIONS[first]);
      if (r.nextInt(4) == 0) {
        g.writeString(SECTIONS[first == 1 ? 2 : 1]);
      }
      g.writeEndArray();
      int notes = r.nextInt(3);
      if (notes > 0) {
        g.writeArrayFieldStart("footnotes");
        int f = 1 + r.nextInt(citations);
        g.writeNumber(f);
        if (notes == 2 && f < citations) {
          g.writeNumber(f + 1 + r.nextInt(citations - f));
        }
        g.writeEndArray();
      }
      if (r.nextInt(3) == 0) {
        g.writeNumberField("page", 1 + r.nextInt(40));
      }
      if (r.nextInt(12) == 0) {
        g.writeStringField("basis", "footnote");
      }
      if (!sourced.isEmpty() && r.nextInt(4) == 0) {
        g.writeObjectFieldStart("fields");
        int skip = sourced.size() > 1 ? r.nextInt(sourced.size()) : -1;
        for (int i = 0; i < sourced.size(); i++) {
          if (i == skip && r.nextBoolean()) {
            continue;
          }
          g.writeObjectFieldStart(sourced.get(i));
          if (r.nextBoolean()) {
            g.writeStringField("basis", "footnote");
            g.writeArrayFieldStart("footnotes");
            g.writeNumber(1 + r.nextInt(citations));
            g.writeEndArray();
          } else {
            g.writeStringField("basis", "inferred");
            g.writeStringField("note", sentence(6, 14));
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }

    /**
     * Writes a status history for one fact in four: one or two entries, oldest first, the last with
     * the fact's own {@code status}.
     */
    private void history(String status, String[] statuses) throws IOException {
      if (r.nextInt(4) != 0) {
        return;
      }
      int year = 1990 + r.nextInt(30);
      g.writeArrayFieldStart("history");
      if (r.nextBoolean()) {
        g.writeStartObject();
        g.writeStringField("date", Integer.toString(year));
        g.writeStringField("status", pick(statuses));
        g.writeEndObject();
        year += r.nextInt(4);
      }
      g.writeStartObject();
      g.writeStringField("date", String.format(Locale.ROOT, "%d-%02d", year, 1 + r.nextInt(12)));
      g.writeStringField("status", status);
      if (r.nextInt(3) == 0) {
        g.writeStringField("note", sentence(4, 10));
      }
      g.writeEndObject();
      g.writeEndArray();
    }

    private BigDecimal value() {
      int digits = r.nextInt(11);
      BigDecimal v = BigDecimal.valueOf(1 + r.nextInt(999)).movePointRight(digits);
      if (r.nextInt(5) == 0) {
        v = v.add(new BigDecimal("0.5"));
      }
      return v;
    }

    private void estimate(BigDecimal value, boolean money) throws IOException {
      g.writeNumberField("value", value);
      String q = pick(QUALIFIERS);
      if (!q.equals("exact")) {
        g.writeStringField("qualifier", q);
      }
      if (r.nextInt(3) == 0) {
        g.writeStringField("printed", q.replace('-', ' ') + (money ? " $" : " ") + value.toPlainString());
      }
    }

    private void amount(String field) throws IOException {
      g.writeObjectFieldStart(field);
      String currency = pick(CURRENCIES);
      estimate(value(), true);
      g.writeStringField("currency", currency);
      if (r.nextInt(10) == 0) {
        g.writeObjectFieldStart("conversion");
        g.writeObjectFieldStart("from");
        g.writeNumberField("value", value());
        g.writeStringField("currency", currency.equals("PKR") ? "USD" : "PKR");
        g.writeEndObject();
        g.writeNumberField("rate", new BigDecimal("0.0035").add(BigDecimal.valueOf(r.nextInt(100), 5)));
        g.writeStringField("date", String.format(Locale.ROOT, "%d-%02d-%02d", 2000 + r.nextInt(24),
            1 + r.nextInt(12), 1 + r.nextInt(28)));
        g.writeStringField("source", "State Bank of Pakistan reference rate");
        g.writeEndObject();
      }
      g.writeEndObject();
    }

    private String factRef() {
      switch (r.nextInt(6)) {
        case 0: return "actor:" + actorId(actor());
        case 1: return "loan:" + loanId(r.nextInt(loans));
        case 2: return "event:" + eventId(r.nextInt(events));
        case 3: return "place:" + placeId(place());
        case 4: return "citation:" + (1 + r.nextInt(citations));
        default: return "section:" + SECTIONS[r.nextInt(sections)];
      }
    }

    private void factRefs(String field, int max) throws IOException {
      int n = r.nextInt(max + 1);
      if (n == 0) {
        return;
      }
      List<String> refs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String ref = factRef();
        if (!refs.contains(ref)) {
          refs.add(ref);
        }
      }
      g.writeArrayFieldStart(field);
      for (String ref : refs) {
        g.writeString(ref);
      }
      g.writeEndArray();
    }

    void report() throws IOException {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", 2);
      g.writeObjectFieldStart("metadata");
      g.writeStringField("id", "synthetic-" + facts() + "-" + seed);
      g.writeStringField("title", "Synthetic report of " + facts() + " facts (seed " + seed + ")");
      g.writeArrayFieldStart("authors");
      g.writeString("Benchmark Generator");
      g.writeEndArray();
      g.writeStringField("publisher", "bilateral benchmarks");
      g.writeStringField("date", "2023-12");
      g.writeEndObject();

      g.writeArrayFieldStart("sections");
      for (int i = 0; i < sections; i++) {
        g.writeStartObject();
        g.writeStringField("id", SECTIONS[i]);
        g.writeStringField("title", Character.toUpperCase(SECTIONS[i].charAt(0))
            + SECTIONS[i].substring(1).replace('-', ' '));
        if (i > 0) {
          g.writeNumberField("page", 2 * i);
        }
        if (i == 7 || i == 8 || i == 9) {
          g.writeStringField("parent", SECTIONS[6]);
        }
        g.writeEndObject();
      }
      g.writeEndArray();

      list("citations", citations, this::citation);
      list("actors", actors, this::actor);
      list("places", places, this::place);
      list("relations", relations, this::relation);
      list("loans", loans, this::loan);
      list("agreements", agreements, this::agreement);
      list("recommendations", recommendations, this::recommendation);
      list("events", events, this::event);
      list("figures", figures, this::figure);
      list("assessments", assessments, this::assessment);
      list("errata", errata, this::erratum);
      g.writeEndObject();
    }

    private void list(String field, int count, Element element) throws IOException {
      if (count == 0) {
        return;
      }
      g.writeArrayFieldStart(field);
      for (int i = 0; i < count; i++) {
        g.writeStartObject();
        element.write(i);
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private void citation(int i) throws IOException {
      int footnote = i + 1;
      g.writeNumberField("footnote", footnote);
      if (footnote > 1 && r.nextInt(10) == 0) {
        // "Ibid.": repeats the previous footnote and prints nothing else.
        g.writeNumberField("ibid", footnote - 1);
        provenance();
        return;
      }
      if (r.nextInt(3) > 0) {
        g.writeArrayFieldStart("authors");
        g.writeString(FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)]);
        if (r.nextInt(3) == 0) {
          g.writeString(FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)]);
        }
        g.writeEndArray();
      }
      g.writeStringField("title", sentence(5, 14));
      String outlet = pick(OUTLETS);
      g.writeStringField("outlet", outlet);
      int year = 2000 + r.nextInt(24);
      int month = 1 + r.nextInt(12);
      int day = 1 + r.nextInt(28);
      g.writeStringField("date", String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day));
      g.writeStringField("printedDate", MONTHS[month - 1] + " " + day + ", " + year);
      g.writeStringField("url", "https://www." + slug(outlet) + ".com/" + year + "/" + month + "/"
          + slug(sentence(3, 7)));
      if (r.nextInt(4) == 0) {
        g.writeStringField("accessed", "2023-12-0" + (1 + r.nextInt(5)));
      }
      if (r.nextInt(25) == 0) {
        g.writeArrayFieldStart("problems");
        g.writeStartObject();
        g.writeStringField("kind", "spelling");
        g.writeStringField("note", "Outlet printed two ways in the report: " + outlet + ".");
        g.writeEndObject();
        g.writeEndArray();
      }
      provenance();
    }

    private void actor(int i) throws IOException {
      String kind = kindOfActor(i);
      String name = actorName(i);
      g.writeStringField("id", actorId(i));
      g.writeStringField("kind", kind);
      g.writeStringField("name", name);
      int aliases = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0;
      if (aliases > 0) {
        g.writeArrayFieldStart("aliases");
        for (int a = 0; a < aliases; a++) {
          g.writeString(a == 0 ? acronym(name) + " " + (i + 1) : name + " (variant " + a + ")");
        }
        g.writeEndArray();
      }
      if (r.nextInt(3) > 0) {
        g.writeStringField("country", pick(COUNTRIES));
      }
      if (kind.equals("person") && r.nextInt(2) == 0) {
        g.writeArrayFieldStart("offices");
        int offices = 1 + r.nextInt(2);
        int year = 1990 + r.nextInt(25);
        for (int o = 0; o < offices; o++) {
          g.writeStartObject();
          g.writeStringField("title", pick(new String[] {"Prime Minister", "Finance Minister",
              "Army Chief", "Ambassador", "Chief Justice", "Foreign Minister", "Governor"}));
          if (r.nextInt(3) > 0) {
            g.writeStringField("organisation", actorId(actor()));
          }
          g.writeStringField("from", Integer.toString(year));
          if (r.nextInt(2) == 0) {
            g.writeStringField("to", Integer.toString(year + 1 + r.nextInt(4)));
          }
          if (r.nextInt(8) == 0) {
            g.writeBooleanField("acting", true);
          }
          year += 5;
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (r.nextInt(3) > 0) {
        g.writeStringField("summary", sentence(8, 22));
      }
      provenance();
    }

    private String acronym(String name) {
      StringBuilder sb = new StringBuilder();
      for (String w : name.split(" ")) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          sb.append(w.charAt(0));
        }
      }
      return sb.length() == 0 ? "X" : sb.toString();
    }

    private void place(int i) throws IOException {
      g.writeStringField("id", placeId(i));
      g.writeStringField("kind", pick(PLACE_KINDS));
      String name = pick(WORDS);
      g.writeStringField("name", Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + (i + 1));
      if (r.nextInt(5) == 0) {
        g.writeArrayFieldStart("aliases");
        g.writeString("Place " + (i + 1));
        g.writeEndArray();
      }
      if (r.nextInt(2) == 0) {
        g.writeStringField("country", pick(COUNTRIES));
      }
      if (i > 0 && r.nextInt(2) == 0) {
        g.writeStringField("within", placeId(r.nextInt(i)));
      }
      provenance();
    }

    private void relation(int i) throws IOException {
      g.writeStringField("id", "relation-" + (i + 1));
      g.writeStringField("kind", pick(RELATION_KINDS));
      int from = actor();
      int to = actor();
      if (to == from) {
        to = (from + 1) % actors;
      }
      g.writeStringField("from", actorId(from));
      g.writeStringField("to", actorId(to));
      date("date", false);
      if (r.nextInt(2) == 0) {
        g.writeStringField("summary", sentence(6, 16));
      }
      provenance();
    }

    private void loan(int i) throws IOException {
      boolean stock = i % 20 == 0;
      g.writeStringField("id", loanId(i));
      g.writeStringField("kind", stock ? "debt-stock" : pick(LOAN_KINDS));
      actorList("lenders", 1, 2);
      actorList("borrowers", 1, 1);
      List<String> sourced = new ArrayList<>(3);
      if (r.nextInt(6) > 0) {
        amount("amount");
        sourced.add("amount");
      }
      String status = pick(LOAN_STATUSES);
      g.writeStringField("status", status);
      sourced.add("status");
      history(status, LOAN_STATUSES);
      if (date("date", false)) {
        sourced.add("date");
      }
      if (r.nextInt(4) == 0) {
        g.writeStringField("term", "P" + (1 + r.nextInt(36)) + "M");
      }
      if (!stock && i > 0 && r.nextInt(6) == 0) {
        g.writeStringField("extends", loanId(r.nextInt(i)));
      }
      if (!stock && i > 20 && r.nextInt(4) == 0) {
        g.writeStringField("partOf", loanId(20 * r.nextInt(i / 20)));
      }
      if (r.nextInt(3) == 0) {
        g.writeStringField("purpose", sentence(2, 5));
      }
      placeList("places", 2);
      g.writeStringField("summary", sentence(8, 24));
      provenance(sourced);
    }

    private void agreement(int i) throws IOException {
      g.writeStringField("id", "agreement-" + (i + 1));
      g.writeStringField("kind", pick(AGREEMENT_KINDS));
      if (r.nextInt(2) == 0) {
        g.writeStringField("name", sentence(2, 6));
      }
      actorList("parties", 0, 3);
      String status = pick(AGREEMENT_STATUSES);
      g.writeStringField("status", status);
      history(status, AGREEMENT_STATUSES);
      boolean dated = date("date", false);
      placeList("places", 1);
      g.writeStringField("summary", sentence(8, 24));
      provenance(dated ? List.of("status", "date") : List.of("status"));
    }

    private void recommendation(int i) throws IOException {
      g.writeStringField("id", "rec-" + (i + 1));
      g.writeNumberField("number", i + 1);
      g.writeStringField("summary", sentence(15, 40));
      actorList("addressees", 1, 2);
      actorList("subjects", 0, 2);
      g.writeArrayFieldStart("themes");
      int t = r.nextInt(THEMES.length);
      g.writeString(THEMES[t]);
      if (r.nextInt(2) == 0) {
        g.writeString(THEMES[(t + 1) % THEMES.length]);
      }
      g.writeEndArray();
      factRefs("instruments", 2);
      factRefs("evidence", 5);
      g.writeArrayFieldStart("history");
      g.writeStartObject();
      g.writeStringField("date", "2023-12");
      g.writeStringField("status", "open");
      g.writeStringField("note", "Made in the report.");
      g.writeEndObject();
      if (r.nextInt(5) == 0) {
        g.writeStartObject();
        g.writeStringField("date", "2024-0" + (1 + r.nextInt(9)));
        g.writeStringField("status", r.nextBoolean() ? "closed-implemented" : "closed-not-implemented");
        g.writeEndObject();
      }
      g.writeEndArray();
      provenance();
    }

    private void event(int i) throws IOException {
      g.writeStringField("id", eventId(i));
      g.writeStringField("kind", pick(EVENT_KINDS));
      boolean dated = r.nextInt(25) > 0;
      if (dated) {
        date("date", true);
      } else {
        g.writeStringField("noDate", pick(new String[] {"ongoing", "undated", "era"}));
      }
      actorList("actors", 0, 4);
      placeList("places", 2);
      factRefs("related", 2);
      g.writeStringField("summary", sentence(8, 28));
      provenance(dated ? List.of("date") : List.of());
    }

    private void figure(int i) throws IOException {
      g.writeStringField("id", "figure-" + (i + 1));
      g.writeStringField("measure", pick(new String[] {"foreign-reserves", "tax-to-gdp", "inflation",
          "refugees", "trade-volume", "casualties", "growth"}));
      if (r.nextInt(3) == 0) {
        amount("amount");
      } else {
        g.writeObjectFieldStart("quantity");
        estimate(value(), false);
        g.writeStringField("unit", pick(UNITS));
        g.writeEndObject();
      }
      date("date", false);
      actorList("actors", 0, 2);
      placeList("places", 1);
      g.writeStringField("summary", sentence(8, 20));
      provenance();
    }

    private void assessment(int i) throws IOException {
      g.writeStringField("id", "assessment-" + (i + 1));
      g.writeStringField("kind", pick(ASSESSMENT_KINDS));
      if (r.nextInt(2) == 0) {
        g.writeStringField("likelihood", pick(LIKELIHOODS));
        g.writeStringField("printedLikelihood", pick(new String[] {"seem unlikely", "may well",
            "is likely to", "could"}));
      }
      actorList("actors", 0, 3);
      g.writeStringField("summary", sentence(10, 30));
      provenance();
    }

    private void erratum(int i) throws IOException {
      g.writeStringField("id", "erratum-" + (i + 1));
      g.writeStringField("kind", pick(ERRATUM_KINDS));
      g.writeStringField("printed", sentence(2, 6));
      g.writeStringField("summary", sentence(8, 20));
      factRefs("refers", 2);
      provenance();
    }
  }

  @FunctionalInterface
  private interface Element {
    void write(int i) throws IOException;
  }

  /**
   * Writes the standard datasets. Arguments: the directory (default {@code benchmarks/target/data})
   * and the names to write, among {@code 1mb 30mb 250mb 1k 100k 1m} (default {@code 1mb 30mb}).
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/target/data");
    List<String> names = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("1mb", "30mb");
    for (String name : names) {
      Path file = Datasets.path(dir, name);
      long start = System.nanoTime();
      Datasets.generator(name).write(file);
      try {
        System.out.printf(Locale.ROOT, "%s: %,d bytes in %.1f s%n", file, Files.size(file),
            (System.nanoTime() - start) / 1e9);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
