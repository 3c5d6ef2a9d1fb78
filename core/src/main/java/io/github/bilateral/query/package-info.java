/**
 * Questions about a {@link io.github.bilateral.model.Report}: look-ups by id and by name, fluent
 * filters, an actor's profile, a relation graph, a timeline, money totals that keep currencies apart
 * and fuzziness intact, the state of things on a given day, and the evidence behind any fact.
 *
 * <p>Start from {@link io.github.bilateral.query.ReportQuery#shared}. Indexes are built once per report,
 * on first use, and are safe to share between threads. This package depends on the model only: it
 * reads a {@link io.github.bilateral.model.Report} however it was made, read from a file or built in
 * code.
 *
 * <p>Actors, relations, loans, agreements, recommendations, events, figures and citations each have
 * a filter ({@link io.github.bilateral.query.LoanFilter}, {@link
 * io.github.bilateral.query.EventFilter}, ...), whose criteria are answered from one index per kind;
 * what each index is built by stands in one package-private table, which also indexes assessments by
 * the actors they concern for {@link io.github.bilateral.query.ActorProfile}. Places, assessments
 * and errata have no filter: they are found by id, places also by name. The criteria that several kinds
 * share are written once, as the interfaces {@link io.github.bilateral.query.ByKind}, {@link
 * io.github.bilateral.query.ByStatus}, {@link io.github.bilateral.query.ByPlace} and {@link
 * io.github.bilateral.query.ByActor}, so generic code can narrow any filter that has them.
 *
 * <pre>{@code
 * ReportQuery q = ReportQuery.shared(Reports.usPakistan2023());
 * q.loans().lender(ActorId.of("china")).borrower(ActorId.of("pakistan")).list();
 * q.requireActor("Kakar").offices();
 * }</pre>
 */
@NullMarked
package io.github.bilateral.query;

import org.jspecify.annotations.NullMarked;
