package io.github.bilateral.examples;

import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Actor;
import io.github.bilateral.query.ActorProfile;
import io.github.bilateral.query.ReportQuery;

/**
 * Shows an actor's profile: everything the report says about Pakistan's caretaker Prime Minister,
 * found by one of the spellings the report uses for him.
 */
public final class ProfileOfAnActor {

  private ProfileOfAnActor() {}

  public static void main(String[] args) {
    ReportQuery q = ReportQuery.shared(Reports.usPakistan2023());
    Actor kakar = q.requireActor(args.length > 0 ? args[0] : "Anwaar-ul-Haq Kakar");
    ActorProfile profile = q.profile(kakar.id());

    System.out.println(kakar.name() + ", also " + kakar.aliases());
    kakar.offices().forEach(o -> System.out.println("  office: " + o.title() + o.from().map(f -> " from " + f).orElse("")));
    System.out.println("events: " + profile.events().size());
    profile.events().forEach(e -> System.out.println("  " + e.when() + " " + e.summary()));
    System.out.println("relations: " + profile.relations().size() + ", assessments: " + profile.assessments().size());
    System.out.println("footnotes behind it all: "
        + profile.citations().stream().map(c -> c.footnote()).toList());
  }
}
