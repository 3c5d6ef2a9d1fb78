package io.github.bilateral.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.ActorKind;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Conversion;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Identifier;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.LoanStatus;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Money;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.PlaceId;
import io.github.bilateral.model.Relation;
import io.github.bilateral.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes {@link ExportFormat#FTM}: FollowTheMoney entities, one JSON object per line, each {@code
 * {"id":..,"schema":..,"properties":{"name":[..],..}}} with every property value a list of strings.
 *
 * <p>The mapping, with the schemata and property names of the FollowTheMoney model:
 *
 * <table>
 *   <caption>What becomes what</caption>
 *   <tr><th>fact</th><th>schema</th><th>properties</th></tr>
 *   <tr><td>actor: person</td><td>Person</td><td>name, alias, country, summary, position, keywords;
 *       for an actor the report does not name, the name is our description of it, its printed words
 *       (such as "US envoy") are a weakAlias, which FtM does not match by, and notes says so</td></tr>
 *   <tr><td>actor: state, government body, military or security body</td><td>PublicBody
 *       (FollowTheMoney has no schema for a sovereign state)</td><td>as above, without position</td></tr>
 *   <tr><td>actor: international organisation, political party, armed group, other</td>
 *       <td>Organization</td><td></td></tr>
 *   <tr><td>actor: company</td><td>Company</td><td></td></tr>
 *   <tr><td>actor: community, programme</td><td>LegalEntity</td><td></td></tr>
 *   <tr><td>an office of a person</td><td>Position (one per title and organisation) and
 *       Occupancy</td><td>Position: name, organization, country; Occupancy: holder, post,
 *       startDate, endDate, description</td></tr>
 *   <tr><td>relation member-of (to an organisation)</td><td>Membership</td><td>member,
 *       organization, role</td></tr>
 *   <tr><td>relation leads (an organisation)</td><td>Directorship</td><td>director, organization,
 *       role</td></tr>
 *   <tr><td>relation creditor-of</td><td>Debt</td><td>creditor, debtor</td></tr>
 *   <tr><td>relation mediates-for</td><td>UnknownLink (FollowTheMoney's Representation is an agent
 *       acting for a client, which a mediator between two parties is not)</td><td>subject, object,
 *       role</td></tr>
 *   <tr><td>any other relation</td><td>UnknownLink</td><td>subject, object, role</td></tr>
 *   <tr><td>loan: IMF programmes, rollovers, loans, debt stocks, deferred payments</td>
 *       <td>Debt</td><td>creditor, debtor, amount (only an exactly printed one), currency, amountUsd,
 *       date, summary, description</td></tr>
 *   <tr><td>loan: aid pledges, grants, assistance, investments</td><td>Payment</td><td>payer,
 *       beneficiary, amount, currency, amountUsd, date, purpose, summary, description; the amount
 *       only for money paid and exactly printed (disbursing, completed, outstanding...), while money proposed, under
 *       negotiation, approved, committed or suspended has its amount in the description as "amount
 *       not paid"</td></tr>
 *   <tr><td>event</td><td>Event</td><td>name, date, involved, location, country, keywords</td></tr>
 * </table>
 *
 * <p>Amounts are in the currency the report prints: for a converted amount, {@code amount} and
 * {@code currency} are the printed amount, {@code amountUsd} the converted one where it is in
 * dollars, and the description gives the rate, date and source. FollowTheMoney's {@code amount}
 * and {@code amountUsd} are plain numbers, which every tool reads as exact, so a hedged amount
 * ("around $30 billion", "at least", "more than", "nearly", "up to", "less than") is never written
 * in them: the entity keeps its {@code currency}, and the description gives the amount as "amount
 * not exact: approximately USD 30000000000 (printed "around $30 billion")".
 *
 * <p>Every link and every money entity also has {@code recordId}, the fact reference it comes
 * from (such as {@code loan:imf-sba-2023}), and {@code sourceUrl}, the report's URL where it has
 * one. Entity ids are the kind and the id joined by a dot: {@code actor.imf}, {@code
 * loan.imf-sba-2023}. Countries are lowercase ISO 3166-1 codes and dates ISO 8601 prefixes, as
 * FollowTheMoney writes them; the early/mid/late part of a date has no place there. Agreements,
 * recommendations, figures, assessments, citations and errata have no FollowTheMoney form: use
 * {@code jsonl} or {@code csv} for them.
 */
final class FollowTheMoney {

  /** The note of an actor the report does not name: FtM requires a name and matches by it. */
  static final String UNNAMED = "not named in the report: the name is a description, not a name";

  /** Schemata that FollowTheMoney accepts as an {@code organization} of a membership or a post. */
  private static final Set<String> ORGANIZATIONS = ImmutableSet.of("Organization", "PublicBody", "Company");

  /** Statuses of given or invested money that has been paid, at least in part. */
  private static final Set<LoanStatus> PAID = Sets.immutableEnumSet(LoanStatus.DISBURSING, LoanStatus.COMPLETED,
      LoanStatus.OUTSTANDING, LoanStatus.REPAID, LoanStatus.ROLLED_OVER, LoanStatus.DEFERRED);

  private FollowTheMoney() {}

  /** Returns the schema an actor of the given kind is written as. */
  static String schema(ActorKind kind) {
    switch (kind) {
      case PERSON:
        return "Person";
      case STATE:
      case GOVERNMENT_BODY:
      case MILITARY_OR_SECURITY_BODY:
        return "PublicBody";
      case INTERNATIONAL_ORGANISATION:
      case POLITICAL_PARTY:
      case ARMED_GROUP:
      case OTHER:
        return "Organization";
      case COMPANY:
        return "Company";
      default:
        return "LegalEntity";
    }
  }

  /** Returns whether money of this kind is lent (a Debt) rather than given or invested (a Payment). */
  static boolean isDebt(LoanKind kind) {
    switch (kind) {
      case AID_PLEDGE:
      case GRANT:
      case ASSISTANCE:
      case INVESTMENT:
        return false;
      default:
        return true;
    }
  }

  /** One entity being built: properties keep their order and drop empty values. */
  private static final class Entity {
    final String id;
    final String schema;
    final Map<String, List<String>> properties = new LinkedHashMap<>();

    Entity(String id, String schema) {
      this.id = id;
      this.schema = schema;
    }

    Entity add(String property, Collection<String> values) {
      for (String v : values) {
        add(property, v);
      }
      return this;
    }

    Entity add(String property, String value) {
      if (!value.isEmpty()) {
        List<String> list = properties.computeIfAbsent(property, p -> new ArrayList<>());
        if (!list.contains(value)) {
          list.add(value);
        }
      }
      return this;
    }

    Entity add(String property, Optional<?> value) {
      value.ifPresent(v -> add(property, v.toString()));
      return this;
    }

    void write(JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("schema", schema);
      g.writeObjectFieldStart("properties");
      for (Map.Entry<String, List<String>> p : properties.entrySet()) {
        g.writeArrayFieldStart(p.getKey());
        for (String v : p.getValue()) {
          g.writeString(v);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  static void write(Report report, OutputStream out) throws IOException {
    List<Entity> entities = entities(report);
    try (JsonGenerator g = ReportParts.JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setRootValueSeparator(null);
      for (Entity e : entities) {
        e.write(g);
      }
      g.flush();
    }
  }

  private static String id(Identifier id) {
    return id.kind() + "." + id.value();
  }

  private static String date(PartialDate d) {
    return d.toIsoString();
  }

  private static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "x" : s;
  }

  private static List<Entity> entities(Report report) {
    List<Entity> out = new ArrayList<>();
    Optional<String> source = report.metadata().url();
    Set<String> positions = new HashSet<>();
    for (Actor a : report.actors()) {
      Entity e = new Entity(id(a.id()), schema(a.kind()))
          .add("name", a.name())
          .add(a.unnamed() ? "weakAlias" : "alias", a.aliases())
          .add("notes", a.unnamed() ? Optional.of(UNNAMED) : Optional.empty())
          .add("country", a.country().map(c -> c.toLowerCase(Locale.ROOT)))
          .add("summary", a.summary())
          .add("keywords", words(a.kind()));
      for (Office o : a.offices()) {
        e.add("position", o.title());
      }
      out.add(e);
    }
    for (Actor a : report.actors()) {
      for (int i = 0; i < a.offices().size(); i++) {
        Office o = a.offices().get(i);
        Optional<Actor> org = o.organisation().flatMap(report::findActor);
        String post = "position." + o.organisation().map(ActorId::value).orElse(a.id().value()) + "." + slug(o.title());
        if (positions.add(post)) {
          Entity p = new Entity(post, "Position")
              .add("name", org.map(x -> o.title() + ", " + x.name()).orElse(o.title()))
              .add("country", org.flatMap(Actor::country).or(a::country).map(c -> c.toLowerCase(Locale.ROOT)));
          if (org.isPresent() && ORGANIZATIONS.contains(schema(org.get().kind()))) {
            p.add("organization", id(org.get().id()));
          }
          out.add(p);
        }
        out.add(new Entity("occupancy." + a.id().value() + "." + (i + 1), "Occupancy")
            .add("holder", id(a.id()))
            .add("post", post)
            .add("startDate", o.from().map(FollowTheMoney::date))
            .add("endDate", o.to().map(FollowTheMoney::date))
            .add("description", (o.acting() ? "acting" : "") + (o.acting() && o.note().isPresent() ? "; " : "")
                + o.note().orElse(""))
            .add("recordId", a.ref().toString())
            .add("sourceUrl", source));
      }
    }
    for (Relation r : report.relations()) {
      String toSchema = report.findActor(r.to()).map(x -> schema(x.kind())).orElse("LegalEntity");
      Entity e;
      switch (r.kind()) {
        case MEMBER_OF:
          e = ORGANIZATIONS.contains(toSchema)
              ? new Entity(id(r.id()), "Membership").add("member", id(r.from())).add("organization", id(r.to()))
              : link(r);
          break;
        case LEADS:
          e = ORGANIZATIONS.contains(toSchema)
              ? new Entity(id(r.id()), "Directorship").add("director", id(r.from())).add("organization", id(r.to()))
              : link(r);
          break;
        case CREDITOR_OF:
          e = new Entity(id(r.id()), "Debt").add("creditor", id(r.from())).add("debtor", id(r.to()));
          break;
        default:
          e = link(r);
      }
      if (!e.schema.equals("Debt")) {
        e.add("role", words(r.kind()));
      }
      out.add(e.add("date", r.date().map(FollowTheMoney::date))
          .add("summary", r.summary())
          .add("recordId", r.ref().toString())
          .add("sourceUrl", source));
    }
    for (Loan l : report.loans()) {
      boolean debt = isDebt(l.kind());
      Entity e = new Entity(id(l.id()), debt ? "Debt" : "Payment");
      for (ActorId lender : l.lenders()) {
        e.add(debt ? "creditor" : "payer", id(lender));
      }
      for (ActorId borrower : l.borrowers()) {
        e.add(debt ? "debtor" : "beneficiary", id(borrower));
      }
      // A Payment's amount is money that moved: money only proposed, negotiated, suspended or
      // pledged stays in the description.
      boolean paid = debt || PAID.contains(l.status());
      // A vague amount ("billions") has no number to export: it stays in the description only.
      if (l.amount().isPresent() && paid && !l.amount().get().estimate().isVague()) {
        // The amount as printed; a conversion's result goes to amountUsd where it is in dollars.
        // FollowTheMoney's numbers have no hedge, so a hedged number is left to the description.
        Amount shown = l.amount().get();
        Amount printed = shown.conversion().map(Conversion::from).orElse(shown);
        e.add("currency", printed.currency().getCurrencyCode());
        if (printed.estimate().isExact()) {
          e.add("amount", printed.estimate().value().map(BigDecimal::toPlainString));
        }
        if (shown.currency().getCurrencyCode().equals("USD") && shown.estimate().isExact()) {
          e.add("amountUsd", shown.estimate().value().map(BigDecimal::toPlainString));
        }
      }
      e.add("date", l.date().map(FollowTheMoney::date));
      if (!debt) {
        e.add("purpose", l.purpose());
      }
      List<String> description = new ArrayList<>();
      description.add(words(l.kind()) + ", " + words(l.status()));
      l.amount().ifPresent(a -> {
        Amount printed = a.conversion().map(Conversion::from).orElse(a);
        description.add((!paid ? "amount not paid: " : printed.estimate().isExact() ? "amount " : "amount not exact: ")
            + (printed.estimate().isExact() ? "" : words(printed.estimate().qualifier()) + " ")
            + printed.point().map(Money::toString).orElse(printed.currency().getCurrencyCode() + ", no number given")
            + printed.estimate().printed().map(p -> " (printed \"" + p + "\")").orElse(""));
        a.conversion().ifPresent(c -> description.add("converted to "
            + a.point().map(Money::toString).orElse(a.currency().getCurrencyCode()) + " at " + c.rate().toPlainString()
            + " on " + c.date() + " (" + c.source() + ")"));
      });
      l.term().ifPresent(t -> description.add("term " + t));
      if (debt) {
        l.purpose().ifPresent(p -> description.add("purpose: " + p));
      }
      l.extendsLoan().ifPresent(x -> description.add("extends " + id(x)));
      l.partOf().ifPresent(x -> description.add("part of " + id(x)));
      out.add(e.add("summary", l.summary())
          .add("description", String.join("; ", description))
          .add("recordId", l.ref().toString())
          .add("sourceUrl", source));
    }
    for (Event ev : report.events()) {
      Entity e = new Entity(id(ev.id()), "Event")
          .add("name", ev.summary())
          .add("date", ev.date().map(FollowTheMoney::date))
          .add("keywords", words(ev.kind()));
      for (ActorId a : ev.actors()) {
        e.add("involved", id(a));
      }
      for (PlaceId p : ev.places()) {
        Optional<Place> place = report.findPlace(p);
        e.add("location", place.map(Place::name).orElse(p.value()));
        e.add("country", place.flatMap(Place::country).map(c -> c.toLowerCase(Locale.ROOT)));
      }
      out.add(e.add("recordId", ev.ref().toString()).add("sourceUrl", source));
    }
    return ImmutableList.copyOf(out);
  }

  private static Entity link(Relation r) {
    return new Entity(id(r.id()), "UnknownLink").add("subject", id(r.from())).add("object", id(r.to()));
  }
}
