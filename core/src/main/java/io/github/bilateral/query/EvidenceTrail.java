package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Erratum;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.SectionId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/** Gathers the {@link Evidence} behind one fact: its footnotes, the facts it rests on, and their sources. */
final class EvidenceTrail {

  private EvidenceTrail() {}

  static Evidence gather(Report report, FactRef ref, ImmutableList<FactRef> supporting,
      Function<FactRef, List<Integer>> footnotesOf) {
    ImmutableList<Integer> own = ImmutableList.copyOf(footnotesOf.apply(ref));
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

  /**
   * Returns the evidence behind a fact or a section of {@code report}; a section has no footnotes of
   * its own, so its evidence is empty.
   */
  static Evidence of(Report report, FactRef ref, Function<FactRef, Optional<Fact>> find,
      Function<FactRef, List<Integer>> footnotesOf) {
    ImmutableList<FactRef> supporting;
    if (ref.kind() == FactKind.SECTION) {
      if (report.findSection(SectionId.of(ref.id())).isEmpty()) {
        throw new IllegalArgumentException("No section '" + ref.id() + "' in report " + report.metadata().id());
      }
      supporting = ImmutableList.of();
    } else {
      supporting = supporting(find.apply(ref).orElseThrow(() -> new IllegalArgumentException(
          "No fact '" + ref + "' in report " + report.metadata().id())));
    }
    return gather(report, ref, supporting, footnotesOf);
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

  /** Returns the facts {@code fact} rests on: a recommendation's evidence and instruments, an event's related facts, an erratum's. */
  static ImmutableList<FactRef> supporting(Fact fact) {
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
