package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;

/**
 * The name of an {@link Actor} or a {@link Place}, and the other spellings and abbreviations the
 * report uses for it. The name and each alias are short texts copied as printed; no alias repeats
 * another.
 *
 * <pre>{@code
 * Named imf = report.findActor(ActorId.of("imf")).orElseThrow();
 * imf.name();    // "IMF"
 * imf.names();   // [IMF, International Monetary Fund]
 * }</pre>
 */
public interface Named {

  /** {@return the name as the report prints it} */
  String name();

  /** {@return every other spelling and abbreviation the report uses} */
  ImmutableList<String> aliases();

  /** {@return the name followed by the aliases} */
  default ImmutableList<String> names() {
    return ImmutableList.<String>builder().add(name()).addAll(aliases()).build();
  }
}
