package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Erratum;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.Report;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/** Gathers the {@link Evidence} behind one fact: its footnotes, the facts it rests on, and their sources. */
final class EvidenceTrail {

  private EvidenceTrail() {}

  static Evidence gather(Report report, FactRef ref, Fact fact, Function<FactRef, List<Integer>> footnotesOf) {
    ImmutableList<Integer> own = ImmutableList.copyOf(footnotesOf.apply(ref));
    ImmutableList<FactRef> supporting = supporting(fact);
    Set<Integer> ownSet = new LinkedHashSet<>(own);
    ImmutableSortedSet<Integer> theirs = supporting.stream()
        .flatMap(r -> footnotesOf.apply(r).stream())
        .filter(n -> !ownSet.contains(n))
        .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare));
    ImmutableList<Citation> citations = cite(report, own);
    ImmutableList<Citation> supportingCitations = cite(report, theirs);
    ImmutableSortedSet<Integer> sources = Stream.concat(citations.stream(), supportingCitations.stream())
        .map(c -> source(report, c))
        .map(Citation::footnote)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare));
    return new Evidence(ref, own, citations, supporting, supportingCitations, cite(report, sources));
  }


  private static ImmutableList<Citation> cite(Report report, Iterable<Integer> footnotes) {
    ImmutableList.Builder<Citation> out = ImmutableList.builder();
    for (int n : footnotes) {
      report.citation(n).ifPresent(out::add);
    }
    return out.build();
  }

  /** Follows "Ibid." and "see footnote n" to the citation that names the work. */
  private static Citation source(Report report, Citation c) {
    Citation at = c;
    Set<Integer> seen = new LinkedHashSet<>();
    while (seen.add(at.footnote())) {
      java.util.OptionalInt next = at.ibid().isPresent() ? at.ibid() : at.sameAs();
      if (next.isEmpty() || report.citation(next.getAsInt()).isEmpty()) {
        return at;
      }
      at = report.citation(next.getAsInt()).get();
    }
    return at;
  }

  private static ImmutableList<FactRef> supporting(Fact fact) {
    if (fact instanceof Recommendation) {
      Recommendation r = (Recommendation) fact;
      return ImmutableList.<FactRef>builder().addAll(r.evidence()).addAll(r.instruments()).build();
    }
    if (fact instanceof Event) {
      return ((Event) fact).related();
    }
    if (fact instanceof Erratum) {
      return ((Erratum) fact).refers();
    }
    return ImmutableList.of();
  }
}
