package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names of one kind of fact, folded: exact names, their words, and their prefixes are found through
 * maps; only the search for near misses walks the dictionary of distinct names (never the facts).
 */
final class NameIndex<F> {

  /** How many near misses a failed look-up suggests. */
  private static final int SUGGESTIONS = 5;

  private final List<F> facts;
  private final ImmutableSortedMap<String, int[]> byName;
  private final ImmutableMap<String, String> printed;
  private final ImmutableMap<String, int[]> byWord;
  /** Each fact's names as printed, the primary name first. */
  private final ImmutableList<ImmutableList<String>> names;

  private NameIndex(List<F> facts, ImmutableSortedMap<String, int[]> byName, ImmutableMap<String, String> printed,
      ImmutableMap<String, int[]> byWord, ImmutableList<ImmutableList<String>> names) {
    this.facts = facts;
    this.byName = byName;
    this.printed = printed;
    this.byWord = byWord;
    this.names = names;
  }

  /** Indexes {@code facts} under every name {@code names} gives (the first is the primary name). */
  static <F> NameIndex<F> build(List<F> facts, Function<? super F, List<String>> names) {
    Map<String, Postings.IntList> byName = new TreeMap<>();
    Map<String, String> printed = new HashMap<>();
    Map<String, Postings.IntList> byWord = new LinkedHashMap<>();
    ImmutableList.Builder<ImmutableList<String>> every = ImmutableList.builderWithExpectedSize(facts.size());
    for (int i = 0; i < facts.size(); i++) {
      List<String> all = names.apply(facts.get(i));
      every.add(ImmutableList.copyOf(all));
      List<String> words = new ArrayList<>();
      for (String name : all) {
        String folded = Names.fold(name);
        if (folded.isEmpty()) {
          continue;
        }
        byName.computeIfAbsent(folded, k -> new Postings.IntList()).addOnce(i);
        printed.putIfAbsent(folded, name);
        words.addAll(Names.words(name));
      }
      words.stream().distinct().sorted().forEach(w -> byWord.computeIfAbsent(w, k -> new Postings.IntList()));
      for (String w : words) {
        byWord.get(w).addOnce(i);
      }
    }
    ImmutableSortedMap.Builder<String, int[]> names2 = ImmutableSortedMap.naturalOrder();
    byName.forEach((k, v) -> names2.put(k, v.toArray()));
    ImmutableMap.Builder<String, int[]> words2 = ImmutableMap.builder();
    byWord.forEach((k, v) -> words2.put(k, v.toArray()));
    return new NameIndex<>(facts, names2.buildOrThrow(), ImmutableMap.copyOf(printed), words2.buildOrThrow(),
        every.build());
  }

  /** Returns the positions whose id, name or alias folds to the same text as {@code text}. */
  int[] exact(String text) {
    return byName.getOrDefault(Names.fold(text), Postings.NONE);
  }

  /**
   * Returns the positions whose names contain every word of {@code text}; none when no word of the
   * text is {@linkplain Names#significant significant}, since stop words and short tokens alone fit
   * names by chance.
   */
  int[] words(String text) {
    ImmutableList<String> words = Names.words(text);
    if (words.stream().noneMatch(Names::significant)) {
      return Postings.NONE;
    }
    List<int[]> lists = new ArrayList<>();
    for (String w : words) {
      int[] p = byWord.get(w);
      if (p == null) {
        return Postings.NONE;
      }
      lists.add(p);
    }
    return Postings.intersect(lists);
  }

  /**
   * Returns the name of the fact at {@code position} that the words of a query fit best: the one
   * with the most words within a near miss of a query word (the fewest edits breaking a tie, the
   * first name breaking the next); the words of a match may come from several of its names.
   */
  private String nameWith(int position, List<String> queryWords) {
    String best = names.get(position).get(0);
    int bestFitting = -1;
    int bestEdits = Integer.MAX_VALUE;
    for (String name : names.get(position)) {
      List<String> words = Names.words(name);
      int fitting = 0;
      int edits = 0;
      for (String qw : queryWords) {
        int limit = Math.max(1, qw.length() / 4);
        int nearest = Integer.MAX_VALUE;
        for (String w : words) {
          nearest = Math.min(nearest, Names.distance(qw, w, limit));
        }
        if (nearest <= limit) {
          fitting++;
          edits += nearest;
        }
      }
      if (fitting > bestFitting || (fitting == bestFitting && edits < bestEdits)) {
        best = name;
        bestFitting = fitting;
        bestEdits = edits;
      }
    }
    return best;
  }

  /** Returns the fact at {@code position}, as {@link #exact} and {@link #words} number them. */
  F fact(int position) {
    return facts.get(position);
  }

  /** Returns every match for {@code text}, best first; at most {@code limit}. */
  ImmutableList<NameMatch<F>> search(String text, int limit) {
    String folded = Names.fold(text);
    Map<Integer, NameMatch<F>> found = new LinkedHashMap<>();
    if (folded.isEmpty()) {
      return ImmutableList.of();
    }
    for (int p : exact(text)) {
      found.putIfAbsent(p, new NameMatch<>(facts.get(p), printed.get(folded), NameMatch.Quality.EXACT, 0));
    }
    for (int p : words(text)) {
      found.putIfAbsent(p, new NameMatch<>(facts.get(p), nameWith(p, Names.words(text)), NameMatch.Quality.WORDS, 0));
    }
    if (folded.length() >= 2) {
      for (Map.Entry<String, int[]> e : byName.subMap(folded, true, folded + Character.MAX_VALUE, true).entrySet()) {
        for (int p : e.getValue()) {
          found.putIfAbsent(p, new NameMatch<>(facts.get(p), printed.get(e.getKey()), NameMatch.Quality.PREFIX, 0));
        }
      }
    }
    // Near misses of a whole name or alias come first: they are what a misspelt name most often is.
    Map<Integer, NameMatch<F>> similar = new HashMap<>();
    if (Names.significant(folded)) {
      int limitEdits = Math.max(1, folded.length() / 4);
      for (Map.Entry<String, int[]> e : byName.entrySet()) {
        int d = Names.distance(folded, e.getKey(), limitEdits);
        if (d <= limitEdits) {
          for (int p : e.getValue()) {
            addSimilar(similar, found, p, printed.get(e.getKey()), d);
          }
        }
      }
    }
    // Then near misses word by word: every word of the text must be near some word of the fact's
    // names, and one of them must be significant.
    ImmutableList<String> queryWords = Names.words(text);
    Map<Integer, NameMatch<F>> similarWords = new HashMap<>();
    boolean anySignificant = queryWords.stream().anyMatch(Names::significant);
    Map<Integer, Integer> wordDistance = null;
    for (String qw : anySignificant ? queryWords : ImmutableList.<String>of()) {
      int wordLimit = Math.max(1, qw.length() / 4);
      Map<Integer, Integer> best = new HashMap<>();
      for (Map.Entry<String, int[]> e : byWord.entrySet()) {
        int d = Names.distance(qw, e.getKey(), wordLimit);
        if (d <= wordLimit) {
          for (int p : e.getValue()) {
            best.merge(p, d, Math::min);
          }
        }
      }
      if (wordDistance == null) {
        wordDistance = best;
      } else {
        Map<Integer, Integer> both = new HashMap<>();
        for (Map.Entry<Integer, Integer> e : best.entrySet()) {
          Integer before = wordDistance.get(e.getKey());
          if (before != null) {
            both.put(e.getKey(), before + e.getValue());
          }
        }
        wordDistance = both;
      }
    }
    if (wordDistance != null) {
      wordDistance.forEach((p, d) -> {
        if (!similar.containsKey(p)) {
          addSimilar(similarWords, found, p, nameWith(p, queryWords), d);
        }
      });
    }
    List<NameMatch<F>> ranked = new ArrayList<>();
    for (NameMatch.Quality q : List.of(NameMatch.Quality.EXACT, NameMatch.Quality.WORDS, NameMatch.Quality.PREFIX)) {
      found.entrySet().stream()
          .filter(e -> e.getValue().quality() == q)
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> ranked.add(e.getValue()));
    }
    ranked.addAll(byDistance(similar));
    ranked.addAll(byDistance(similarWords));
    return ImmutableList.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
  }

  private static <F> List<NameMatch<F>> byDistance(Map<Integer, NameMatch<F>> similar) {
    List<Map.Entry<Integer, NameMatch<F>>> entries = new ArrayList<>(similar.entrySet());
    entries.sort(Comparator.<Map.Entry<Integer, NameMatch<F>>>comparingInt(e -> e.getValue().distance())
        .thenComparing(Map.Entry::getKey));
    List<NameMatch<F>> out = new ArrayList<>(entries.size());
    entries.forEach(e -> out.add(e.getValue()));
    return out;
  }

  private void addSimilar(Map<Integer, NameMatch<F>> similar, Map<Integer, NameMatch<F>> found, int p, String name, int d) {
    if (found.containsKey(p)) {
      return;
    }
    NameMatch<F> old = similar.get(p);
    if (old == null || d < old.distance()) {
      similar.put(p, new NameMatch<>(facts.get(p), name, NameMatch.Quality.SIMILAR, d));
    }
  }

  /**
   * Returns the one fact whose name folds to {@code text}. The one match is the fact itself:
   * {@link #search} would rank it first, but only after scanning every name for near misses.
   */
  Optional<F> unique(String text) {
    int[] exact = exact(text);
    return exact.length == 1 ? Optional.of(fact(exact[0])) : Optional.empty();
  }

  /**
   * Returns {@link #unique}'s fact, or throws a message that says why there is none: several fit,
   * the text is only some words of names, or it is nobody's name (with the nearest names).
   */
  F require(String text, String kind, String where, Function<F, String> show) {
    Optional<F> found = unique(text);
    if (found.isPresent()) {
      return found.get();
    }
    ImmutableList<NameMatch<F>> matches = search(text, Integer.MAX_VALUE);
    if (exact(text).length > 1) {
      throw new IllegalArgumentException("Name '" + text + "' fits several " + kind + "s" + where + ": "
          + shown(matches, NameMatch.Quality.EXACT, show) + "; use an id or a fuller name");
    }
    if (words(text).length > 0) {
      throw new IllegalArgumentException("No " + kind + " named '" + text + "'" + where
          + "; its words are part of the names of " + shown(matches, NameMatch.Quality.WORDS, show)
          + "; use an id or a whole name");
    }
    String near = matches.stream().limit(SUGGESTIONS).map(m -> show.apply(m.value())).collect(Collectors.joining(", "));
    throw new IllegalArgumentException("No " + kind + " named '" + text + "'" + where
        + (near.isEmpty() ? "" : "; did you mean " + near + "?"));
  }

  private static <F> String shown(List<NameMatch<F>> matches, NameMatch.Quality quality, Function<F, String> show) {
    return matches.stream().filter(m -> m.quality() == quality).map(m -> show.apply(m.value()))
        .collect(Collectors.joining(", "));
  }


  /** Returns a fact's names with its id added, since an id is a name too. */
  static List<String> withId(String id, List<String> names) {
    List<String> all = new ArrayList<>(names);
    all.add(id);
    return all;
  }

}
