package io.github.bilateral.io;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.NameKey;
import io.github.bilateral.model.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the rules of a report that span more than one fact: unique ids of each kind, unique
 * footnote and recommendation numbers, every reference resolving to a fact of the right kind, and
 * no cycles through a section's {@code parent}, a place's {@code within}, a loan's {@code extends} or
 * {@code partOf}, or a citation's {@code ibid} or {@code sameAs}. Rules of one
 * fact alone are checked when the fact is built.
 *
 * <pre>{@code
 * List<Problem> problems = ReportValidator.validate(report);
 * problems.forEach(System.out::println);
 * // loans[3].lenders[0]: unknown actor 'imf2'; did you mean 'imf'?
 * }</pre>
 */
public final class ReportValidator {

  private ReportValidator() {}

  /**
   * Returns every problem of {@code report}, in the order of the format's fields; empty when the
   * report is valid.
   *
   * @param report the report, read or built in code, not null
   * @return the problems, each with its path; empty for a valid report
   */
  public static ImmutableList<Problem> validate(Report report) {
    return Resolver.check(report);
  }

  /**
   * Returns a problem for each name or alias of an actor that folds to the same key ({@link
   * io.github.bilateral.model.NameKey}) as a name of an earlier actor: a look-up by that name cannot
   * tell the two apart. Empty when every name picks out one actor.
   *
   * <p>This rule is not among those {@link #validate} checks (and the reader enforces), so that a
   * file that breaks it still loads; call it to check a dataset before publishing it. The bundled
   * dataset passes it.
   *
   * <pre>{@code
   * ReportValidator.ambiguousNames(report).forEach(System.out::println);
   * // actors[2].aliases[0]: name 'Kakar' of actor 'anwar-ul-haq-kakar' is the same name to a look-up as ...
   * }</pre>
   *
   * @param report the report to check, not null
   * @return the problems in the order of the actors, not null
   */
  public static ImmutableList<Problem> ambiguousNames(Report report) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String[]> owner = new HashMap<>();
    for (int i = 0; i < report.actors().size(); i++) {
      Actor a = report.actors().get(i);
      // An unnamed actor's name is a description, not a name a look-up resolves: only its aliases count.
      for (int j = a.unnamed() ? 1 : 0; j < a.names().size(); j++) {
        String name = a.names().get(j);
        String key = NameKey.of(name);
        String[] first = owner.putIfAbsent(key, new String[] {a.id().value(), name});
        if (first != null && !first[0].equals(a.id().value()) && !key.isEmpty()) {
          problems.add(Problem.of("actors[" + i + "]." + (j == 0 ? "name" : "aliases[" + (j - 1) + "]"), 0, 0,
              "name '" + name + "' of actor '" + a.id() + "' is the same name to a look-up as '" + first[1]
                  + "' of actor '" + first[0] + "' (both fold to '" + key + "')",
              name, "drop it from one of the two actors or spell it in full"));
        }
      }
    }
    return ImmutableList.copyOf(problems);
  }
}
