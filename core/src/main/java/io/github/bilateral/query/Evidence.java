package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.FactRef;

/**
 * The evidence behind one fact: the footnotes it cites, their citations, the facts it rests on (a
 * recommendation's evidence, an event's related facts, an erratum's subjects) with their citations,
 * and the sources and URLs all these come down to once "Ibid." and repeated footnotes are followed.
 *
 * <pre>{@code
 * Evidence e = q.evidence(FactRef.parse("recommendation:rec-04"));
 * e.supporting();   // the loans, agreements, assessments and actors it rests on
 * e.urls();         // every web address behind them
 * }</pre>
 *
 * <p>This record is immutable and thread-safe; it is equal to another with the same lists.
 *
 * @param fact the fact
 * @param footnotes the footnotes the fact itself cites (for the whole fact, for one of its fields, or
 *     for an actor's possible identity), ascending
 * @param citations the citations of those footnotes, in footnote order
 * @param supporting the facts this one rests on or refers to, as the data lists them
 * @param supportingCitations the citations of the supporting facts that the fact does not cite itself,
 *     in footnote order
 * @param sources the works behind all the citations above: each "Ibid." or repeated footnote replaced
 *     by the footnote it repeats, duplicates removed, in footnote order
 */
public record Evidence(FactRef fact, ImmutableList<Integer> footnotes, ImmutableList<Citation> citations,
    ImmutableList<FactRef> supporting, ImmutableList<Citation> supportingCitations,
    ImmutableList<Citation> sources) {

  /** {@return the distinct URLs of the sources, in footnote order} */
  public ImmutableList<String> urls() {
    return sources.stream().flatMap(c -> c.url().stream()).distinct().collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "Evidence[" + fact + ": footnotes " + footnotes + ", " + supporting.size() + " supporting facts, "
        + sources.size() + " sources]";
  }
}
