package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.FactRef;
import java.util.Objects;

/**
 * The evidence behind one fact: the footnotes it cites, their citations, the facts it rests on (a
 * recommendation's evidence, an event's related facts, an erratum's subjects) with their citations,
 * and the sources and URLs all these come down to once "Ibid." and repeated footnotes are followed.
 *
 * <pre>{@code
 * Evidence e = q.evidence(FactRef.parse("recommendation:rec-04"));
 * e.supporting();   // the agreements, loans and assessments it rests on
 * e.urls();         // every web address behind them
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Evidence {

  private final FactRef fact;
  private final ImmutableList<Integer> footnotes;
  private final ImmutableList<Citation> citations;
  private final ImmutableList<FactRef> supporting;
  private final ImmutableList<Citation> supportingCitations;
  private final ImmutableList<Citation> sources;
  private final ImmutableList<String> urls;

  Evidence(FactRef fact, ImmutableList<Integer> footnotes, ImmutableList<Citation> citations,
      ImmutableList<FactRef> supporting, ImmutableList<Citation> supportingCitations,
      ImmutableList<Citation> sources) {
    this.fact = fact;
    this.footnotes = footnotes;
    this.citations = citations;
    this.supporting = supporting;
    this.supportingCitations = supportingCitations;
    this.sources = sources;
    this.urls = sources.stream().flatMap(c -> c.url().stream()).distinct().collect(ImmutableList.toImmutableList());
  }

  /** {@return the fact} */
  public FactRef fact() {
    return fact;
  }

  /** {@return the footnotes the fact itself cites, ascending} */
  public ImmutableList<Integer> footnotes() {
    return footnotes;
  }

  /** {@return the citations of those footnotes, in footnote order} */
  public ImmutableList<Citation> citations() {
    return citations;
  }

  /** {@return the facts this one rests on or refers to, as the data lists them} */
  public ImmutableList<FactRef> supporting() {
    return supporting;
  }

  /** {@return the citations of the supporting facts that the fact does not cite itself, in footnote order} */
  public ImmutableList<Citation> supportingCitations() {
    return supportingCitations;
  }

  /**
   * {@return the works behind all the citations above: each "Ibid." or repeated footnote replaced
   * by the footnote it repeats, duplicates removed, in footnote order}
   */
  public ImmutableList<Citation> sources() {
    return sources;
  }

  /** {@return the distinct URLs of the sources, in footnote order} */
  public ImmutableList<String> urls() {
    return urls;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Evidence)) {
      return false;
    }
    Evidence e = (Evidence) o;
    return fact.equals(e.fact) && footnotes.equals(e.footnotes) && citations.equals(e.citations)
        && supporting.equals(e.supporting) && supportingCitations.equals(e.supportingCitations)
        && sources.equals(e.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fact, footnotes, supporting);
  }

  @Override
  public String toString() {
    return "Evidence[" + fact + ": footnotes " + footnotes + ", " + supporting.size() + " supporting facts, "
        + sources.size() + " sources]";
  }
}
