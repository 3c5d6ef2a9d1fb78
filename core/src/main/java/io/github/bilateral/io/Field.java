package io.github.bilateral.io;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of an object of the format: its JSON name, the kind of its value, how the model holds
 * it (one value, an optional one, a list, or one with a default that the writer leaves out), whether
 * a document must give it, the first format version that has it, and the model's accessor and the
 * builder's setter. A partial date also owns its sibling part field, {@code name + "Part"}.
 */
final class Field {

  /** How the model holds the value, which decides when the writer leaves it out. */
  enum Holding {
    /** Always present: {@code T}. */
    ONE,
    /** {@code Optional<T>} or {@code OptionalInt}: left out when empty. */
    OPTIONAL,
    /** {@code List<T>}: left out when empty. */
    LIST,
    /** {@code T} with a default: left out when it equals the default. */
    DEFAULT
  }

  final String name;
  final ValueKind kind;
  final Holding holding;
  final boolean required;
  final @Nullable Object defaultValue;
  final Function<Object, ?> get;
  final @Nullable BiConsumer<Object, Object> set;
  /** The sibling field that holds the part of a partial date, such as {@code datePart}; else null. */
  final @Nullable String partName;
  /** The first format version that has this field. */
  int since = 1;
  /** The last format version that has this field. */
  int until = Integer.MAX_VALUE;
  /** The last format version that requires this field, if it is required. */
  int requiredUntil = Integer.MAX_VALUE;
  /** The field that takes this one's place after {@link #until}, for the message; else null. */
  @Nullable String replacedBy;
  /** The field's slot in its shape: its position among the shape's JSON names. */
  int slot;

  Field(String name, ValueKind kind, Holding holding, boolean required, @Nullable Object defaultValue,
      Function<Object, ?> get, @Nullable BiConsumer<Object, Object> set, @Nullable String partName) {
    this.name = name;
    this.kind = kind;
    this.holding = holding;
    this.required = required;
    this.defaultValue = defaultValue;
    this.get = get;
    this.set = set;
    this.partName = partName;
  }

  /** Whether format version {@code version} has this field. */
  boolean inVersion(int version) {
    return version >= since && version <= until;
  }

  /** Whether a document of format version {@code version} must give this field. */
  boolean requiredIn(int version) {
    return required && version <= requiredUntil && inVersion(version);
  }

  /** Whether the writer leaves out the model value {@code v} (an empty optional or list, or the default). */
  boolean leftOut(Object v) {
    switch (holding) {
      case OPTIONAL:
        return v instanceof java.util.Optional ? ((java.util.Optional<?>) v).isEmpty()
            : ((java.util.OptionalInt) v).isEmpty();
      case LIST:
        return ((java.util.List<?>) v).isEmpty();
      case DEFAULT:
        return v.equals(defaultValue);
      default:
        // A value that one format version requires may be optional in the model of a later one.
        return v instanceof java.util.Optional && ((java.util.Optional<?>) v).isEmpty();
    }
  }

  /** The value inside the model value {@code v}: the content of an optional, else {@code v} itself. */
  static Object unwrap(Object v) {
    if (v instanceof java.util.Optional) {
      return ((java.util.Optional<?>) v).get();
    }
    if (v instanceof java.util.OptionalInt) {
      return ((java.util.OptionalInt) v).getAsInt();
    }
    return v;
  }
}
