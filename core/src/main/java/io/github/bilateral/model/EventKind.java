package io.github.bilateral.model;

/**
 * The kind of an {@link Event}.
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code political}.
 *
 * <pre>{@code
 * q.events().kind(EventKind.ARREST).actor(ActorId.of("imran-khan")).list();   // Khan's arrests of May and August 2023
 * }</pre>
 */
public enum EventKind {
  /** A political development. */
  POLITICAL,
  /** An election or its scheduling. */
  ELECTION,
  /** An arrest or detention. */
  ARREST,
  /** A court decision, indictment or trial. */
  COURT,
  /** A law passed or amended. */
  LEGISLATION,
  /** An appointment, dismissal or change of office. */
  APPOINTMENT,
  /** A visit. */
  VISIT,
  /** A meeting or call. */
  MEETING,
  /** A diplomatic act, such as a letter or a dispute. */
  DIPLOMACY,
  /** A statement or announcement. */
  STATEMENT,
  /** Violence, riots or attacks. */
  VIOLENCE,
  /** A military action or withdrawal. */
  MILITARY,
  /** A natural disaster. */
  DISASTER,
  /** An economic or financial development. */
  ECONOMIC,
  /** Migration, displacement or deportation. */
  MIGRATION,
  /** Anything else. */
  OTHER
}
