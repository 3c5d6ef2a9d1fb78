package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.FactRef;
import java.util.List;
import java.util.function.Function;

/**
 * Selects the report's footnote citations. Results are in footnote order.
 *
 * <p>Outlets and authors are compared folded, as names are: {@code "Al Jazeera"} also finds the
 * footnotes that print {@code "Al-Jazeera"}.
 *
 * <pre>{@code
 * q.citations().outlet("Dawn").list();
 * q.citations().year(2023).count();
 * q.citations().citedBy(FactRef.parse("loan:imf-sba-2023")).list();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each method returns a new, narrower filter.
 */
public final class CitationFilter extends DatedFilter<Citation, CitationFilter> {

  private final Function<FactRef, List<Integer>> footnotesOf;

  CitationFilter(KindIndex<Citation> index, ImmutableList<Criterion> criteria,
      Function<FactRef, List<Integer>> footnotesOf) {
    super(index, criteria, (i, c) -> new CitationFilter(i, c, footnotesOf));
    this.footnotesOf = footnotesOf;
  }

  private CitationFilter with(String what, Object shown, Object key) {
    return (CitationFilter) narrowed(and(what, shown, index.lookup(what, key)));
  }

  /**
   * Keeps the citations of works published by {@code outlet}, such as {@code "Reuters"}.
   *
   * @param outlet the outlet's name, compared folded as names are (so "Al Jazeera" also finds
   *     "Al-Jazeera"), not null
   * @return a new, narrower filter; this one is unaffected
   */
  public CitationFilter outlet(String outlet) {
    return with("outlet", outlet, Names.fold(outlet));
  }

  /**
   * Keeps the citations of works by {@code author}.
   *
   * @param author the author's name, compared folded as names are, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public CitationFilter author(String author) {
    return with("author", author, Names.fold(author));
  }

  /**
   * Keeps the citations of works published in {@code year}.
   *
   * @param year the year of publication, such as 2023
   * @return a new, narrower filter; this one is unaffected
   */
  public CitationFilter year(int year) {
    return with("year", year, year);
  }

  /**
   * Keeps the footnotes that {@code fact} cites: those of its provenance, for the whole fact
   * or for one of its fields, and, for an actor, those behind its possible identities.
   *
   * @param fact a reference to the citing fact, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public CitationFilter citedBy(FactRef fact) {
    int[] positions = Postings.NONE;
    for (int footnote : footnotesOf.apply(fact)) {
      positions = Postings.union(positions, index.lookup("footnote", footnote));
    }
    return (CitationFilter) narrowed(and("citedBy", fact, positions));
  }
}
