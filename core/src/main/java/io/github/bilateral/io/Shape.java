package io.github.bilateral.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.UnknownFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One kind of JSON object of the format, described once: its name in messages, its name in the
 * JSON Schema, its typed fields in canonical order, and how its model object is built from the
 * values read and taken apart for writing. The reader, the writer, the resolver and the tests of
 * the schema and of {@code docs/FORMAT.md} all walk this description.
 *
 * @param <T> the model type
 */
final class Shape<T> {

  /** Builds the model object from the values read, by slot, when the shape has no builder. */
  interface Maker<T> {
    T make(Shape<T> shape, Object[] values, UnknownFields extra);
  }

  private final String type;
  private final String schemaName;
  private final ImmutableList<Field> fields;
  private final ImmutableSet<String> names;
  private final ImmutableMap<String, Integer> slots;
  /** The same, for the reader's look-up of each field name it reads. */
  private final IndexTable slotTable = new IndexTable();
  private final Field[] bySlot;
  /** By format version (0 for the newest), the set of the required fields' slots, one bit per slot. */
  private final long[] requiredSlots = new long[Json.SCHEMA_VERSION + 1];
  private final @Nullable Supplier<Object> builder;
  private final @Nullable Function<Object, T> build;
  private final @Nullable BiConsumer<Object, UnknownFields> setUnknown;
  private final @Nullable Maker<T> maker;
  private final Function<T, UnknownFields> unknown;

  private Shape(Builder<T, ?> b) {
    this.type = b.type;
    this.schemaName = b.schemaName;
    this.fields = ImmutableList.copyOf(b.fields);
    List<String> names = new ArrayList<>();
    List<Field> bySlot = new ArrayList<>();
    for (Field f : fields) {
      f.slot = names.size();
      names.add(f.name);
      bySlot.add(f);
      if (f.partName != null) {
        names.add(f.partName);
        bySlot.add(f);
      }
    }
    if (names.size() > Long.SIZE) {
      throw new IllegalStateException(type + ": at most " + Long.SIZE + " fields fit a set of seen fields");
    }
    this.names = ImmutableSet.copyOf(names);
    ImmutableMap.Builder<String, Integer> slots = ImmutableMap.builder();
    for (int i = 0; i < names.size(); i++) {
      slots.put(names.get(i), i);
    }
    this.slots = slots.buildOrThrow();
    this.slots.forEach(slotTable::putIfAbsent);
    this.bySlot = bySlot.toArray(new Field[0]);
    for (int v = 0; v <= Json.SCHEMA_VERSION; v++) {
      for (Field f : fields) {
        requiredSlots[v] |= f.requiredIn(v == 0 ? Json.SCHEMA_VERSION : v) ? 1L << f.slot : 0;
      }
    }
    this.builder = b.builder;
    this.build = b.build;
    this.setUnknown = b.setUnknown;
    this.maker = b.maker;
    this.unknown = b.unknown;
  }

  /** The name used in messages, such as {@code Loan}. */
  String type() {
    return type;
  }

  /** The name of the shape's definition in the JSON Schema, such as {@code loan}. */
  String schemaName() {
    return schemaName;
  }

  /**
   * The typed fields of every format version in canonical order ({@link Field#inVersion} tells which
   * version has each); a partial date's part is part of its date's field.
   */
  ImmutableList<Field> typedFields() {
    return fields;
  }

  /** The JSON names of the fields of every format version, parts of dates included, in canonical order. */
  ImmutableSet<String> allFields() {
    return names;
  }

  /** The JSON names of the fields of the newest format version, in canonical order. */
  ImmutableSet<String> fields() {
    return fields(Json.SCHEMA_VERSION);
  }

  /** The fields that must be present in the newest format version. */
  ImmutableSet<String> required() {
    return required(Json.SCHEMA_VERSION);
  }

  /** The JSON names of the fields of format version {@code version}, parts of dates included, in canonical order. */
  ImmutableSet<String> fields(int version) {
    return names(version, false);
  }

  /** The fields that a document of format version {@code version} must give. */
  ImmutableSet<String> required(int version) {
    return names(version, true);
  }

  /** The names of the fields of {@code version} (0 for the newest), all or the required ones only. */
  private ImmutableSet<String> names(int version, boolean requiredOnly) {
    int v = version == 0 ? Json.SCHEMA_VERSION : version;
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (Field f : fields) {
      if (requiredOnly ? f.requiredIn(v) : f.inVersion(v)) {
        names.add(f.name);
        // A date's part is never required on its own.
        if (!requiredOnly && f.partName != null) {
          names.add(f.partName);
        }
      }
    }
    return names.build();
  }

  /** The set of the slots of the fields that a document of format version {@code version} must give. */
  long requiredSlots(int version) {
    return requiredSlots[version];
  }

  /** Returns the slot of field {@code name}, or -1 if the shape does not know it. */
  int slot(String name) {
    return slotTable.get(name);
  }

  /** The number of slots: one per JSON name. */
  int size() {
    return bySlot.length;
  }

  /** The field that owns slot {@code slot}: the date's field for a part's slot. */
  Field field(int slot) {
    return bySlot[slot];
  }

  /** The field named {@code name}, part names excluded. */
  Field field(String name) {
    Field f = bySlot[slots.get(name)];
    if (!f.name.equals(name)) {
      throw new IllegalArgumentException(name + " is the part of " + f.name);
    }
    return f;
  }


  /** The unknown fields of a model object of this shape. */
  UnknownFields unknownFields(Object value) {
    @SuppressWarnings("unchecked")
    T t = (T) value;
    return unknown.apply(t);
  }

  /** The value of the field {@code name} in the values read. */
  Object value(Object[] values, String name) {
    return values[slots.get(name)];
  }

  /** Builds the model object from the values read (null where absent) and the unknown fields. */
  T make(Object[] values, UnknownFields extra) {
    if (maker != null) {
      return maker.make(this, values, extra);
    }
    Object b = builder.get();
    for (Field f : fields) {
      Object v = values[f.slot];
      if (v != null && f.set != null) {
        f.set.accept(b, v);
      }
    }
    setUnknown.accept(b, extra);
    return build.apply(b);
  }

  /** The field of the newest format version named {@code name}, or null if that version has none. */
  private @Nullable Field newestField(String name) {
    @Nullable Field field = null;
    for (Field f : fields) {
      if (f.name.equals(name) && f.inVersion(Json.SCHEMA_VERSION)) {
        field = f;
      }
    }
    return field;
  }

  /**
   * The JSON names of the fields of the objects at {@code path} from {@code root}, in the order
   * {@link TableWriter} writes them; see {@link ReportWriter#fieldOrder} for what a path is. Walks the shapes as the
   * writer does: a one-object field's object stands in the object that holds it, and a map's keys
   * are ordered by the fields of the object holding the map's object (a provenance's {@code fields}
   * by its fact's fields), while a list's elements, a report's facts and a map's values stand alone.
   */
  static Optional<ImmutableList<String>> fieldOrder(Shape<?> root, List<String> path) {
    @Nullable Shape<?> shape = root;
    @Nullable Shape<?> holder = null;
    // Inside a map, shape is null: mapValues is the shape of its values, holder orders its keys.
    @Nullable Shape<?> mapValues = null;
    for (String name : path) {
      if (shape == null) {
        shape = mapValues;
        holder = null;
        continue;
      }
      @Nullable Field field = shape.newestField(name);
      if (field == null) {
        return Optional.empty();
      }
      if (field.kind.mapValues() != null) {
        mapValues = field.kind.mapValues();
        shape = null;
      } else if (field.kind.shape() != null) {
        holder = field.holding == Field.Holding.LIST ? null : shape;
        shape = field.kind.shape();
      } else {
        return Optional.empty();
      }
    }
    Shape<?> named = shape != null ? shape : holder;
    return named == null ? Optional.empty() : Optional.of(named.fields().asList());
  }

  /**
   * The kind of fact that the values of the field at {@code path} from {@code root} refer to, by id
   * or by footnote number; see {@link ReportWriter#referenceKind}. Walks the shapes as {@link
   * #fieldOrder} does, the last name naming a field of the object the others lead to.
   */
  static Optional<FactKind> referenceKind(Shape<?> root, List<String> path) {
    @Nullable Shape<?> shape = root;
    @Nullable Shape<?> mapValues = null;
    for (int i = 0; i < path.size(); i++) {
      String name = path.get(i);
      if (shape == null) {
        shape = mapValues;
        continue;
      }
      @Nullable Field field = shape.newestField(name);
      if (field == null) {
        return Optional.empty();
      }
      if (i == path.size() - 1) {
        return Optional.ofNullable(field.kind.target());
      }
      if (field.kind.mapValues() != null) {
        mapValues = field.kind.mapValues();
        shape = null;
      } else if (field.kind.shape() != null) {
        shape = field.kind.shape();
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The shapes that {@code root} holds in format version {@code version}, itself included, by schema name. */
  static ImmutableMap<String, Shape<?>> reachable(Shape<?> root, int version) {
    java.util.Map<String, Shape<?>> found = new java.util.LinkedHashMap<>();
    collect(root, version, found);
    return ImmutableMap.copyOf(found);
  }

  private static void collect(Shape<?> shape, int version, java.util.Map<String, Shape<?>> found) {
    if (found.putIfAbsent(shape.schemaName(), shape) != null) {
      return;
    }
    for (Field f : shape.fields) {
      Shape<?> inner = f.kind.shape() != null ? f.kind.shape() : f.kind.mapValues();
      if (f.inVersion(version) && inner != null) {
        collect(inner, version, found);
      }
    }
  }

  /**
   * Starts the description of a shape whose model type has an Immutables builder: {@code
   * model.builder()}, the builder's {@code build()} and {@code unknownFields(..)}, and the model's
   * {@code unknownFields()}. Fields added by name alone are bound to the model's accessor and the
   * builder's setter of that name (see {@link Accessors}).
   */
  @SuppressWarnings("unchecked")
  static <T, B> Builder<T, B> of(String type, String schemaName, Class<T> model) {
    Class<?> builder = Accessors.builderClass(model);
    return new Builder<>(type, schemaName, model, builder, (Supplier<B>) (Supplier<?>) Accessors.builder(model),
        (Function<B, T>) Accessors.function(builder, "build"),
        (BiConsumer<B, UnknownFields>) (BiConsumer<?, ?>) Accessors.setter(builder, "unknownFields", false), null,
        (Function<T, UnknownFields>) Accessors.function(model, "unknownFields"));
  }

  /**
   * Starts the description of a shape whose model object {@code maker} builds from the values read;
   * fields added by name alone are read with the model's accessor of that name.
   */
  @SuppressWarnings("unchecked")
  static <T> Builder<T, Void> made(String type, String schemaName, Class<T> model, Maker<T> maker) {
    return new Builder<>(type, schemaName, model, null, null, null, null, maker,
        (Function<T, UnknownFields>) Accessors.function(model, "unknownFields"));
  }

  /** Starts the description of a shape made by {@code maker} whose fields all say how they are read. */
  static <T> Builder<T, Void> made(String type, String schemaName, Maker<T> maker,
      Function<T, UnknownFields> unknown) {
    return new Builder<>(type, schemaName, null, null, null, null, null, maker, unknown);
  }

  /** Collects a shape's fields in canonical order. */
  static final class Builder<T, B> {
    private final String type;
    private final String schemaName;
    private final @Nullable Class<?> modelClass;
    private final @Nullable Class<?> builderClass;
    private final @Nullable Supplier<Object> builder;
    private final @Nullable Function<Object, T> build;
    private final @Nullable BiConsumer<Object, UnknownFields> setUnknown;
    private final @Nullable Maker<T> maker;
    private final Function<T, UnknownFields> unknown;
    private final List<Field> fields = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private Builder(String type, String schemaName, @Nullable Class<?> modelClass, @Nullable Class<?> builderClass,
        @Nullable Supplier<B> builder, @Nullable Function<B, T> build,
        @Nullable BiConsumer<B, UnknownFields> setUnknown, @Nullable Maker<T> maker,
        Function<T, UnknownFields> unknown) {
      this.type = type;
      this.schemaName = schemaName;
      this.modelClass = modelClass;
      this.builderClass = builderClass;
      this.builder = (Supplier<Object>) builder;
      this.build = (Function<Object, T>) build;
      this.setUnknown = (BiConsumer<Object, UnknownFields>) setUnknown;
      this.maker = maker;
      this.unknown = unknown;
    }

    @SuppressWarnings("unchecked")
    private <V> Builder<T, B> add(String name, ValueKind kind, Field.Holding holding, boolean required,
        @Nullable Object defaultValue, Function<T, ?> get, @Nullable BiConsumer<B, V> set, @Nullable String part) {
      fields.add(new Field(name, kind, holding, required, defaultValue, (Function<Object, ?>) get,
          (BiConsumer<Object, Object>) set, part));
      return this;
    }

    /** A field bound by its name to the model's accessor and the builder's setter (none for a made shape). */
    private Builder<T, B> bound(String name, ValueKind kind, Field.Holding holding, boolean required,
        @Nullable Object defaultValue, @Nullable String part) {
      if (modelClass == null) {
        throw new IllegalStateException(type + ": a field named alone needs the model class");
      }
      BiConsumer<Object, Object> set = builderClass == null ? null
          : Accessors.setter(builderClass, name, holding == Field.Holding.LIST);
      fields.add(new Field(name, kind, holding, required, defaultValue, Accessors.getter(modelClass, name), set, part));
      return this;
    }

    /** A field that must be present, read and set by its name. */
    Builder<T, B> one(String name, ValueKind kind) {
      return bound(name, kind, Field.Holding.ONE, true, null, null);
    }

    /** A field that may be absent ({@code Optional} or {@code OptionalInt} in the model), read and set by its name. */
    Builder<T, B> optional(String name, ValueKind kind) {
      return bound(name, kind, Field.Holding.OPTIONAL, false, null, null);
    }

    /** A field with a default that the writer leaves out, read and set by its name. */
    Builder<T, B> defaulted(String name, ValueKind kind, Object defaultValue) {
      return bound(name, kind, Field.Holding.DEFAULT, false, defaultValue, null);
    }

    /** A list, read by its name and set with {@code addAll} and its name; {@code required} when it must not be empty. */
    Builder<T, B> list(String name, ValueKind element, boolean required) {
      return bound(name, element, Field.Holding.LIST, required, null, null);
    }

    /** A partial date and its sibling part field, {@code name + "Part"}, read and set by its name. */
    Builder<T, B> date(String name, boolean required) {
      return bound(name, ValueKind.partialDate(name), required ? Field.Holding.ONE : Field.Holding.OPTIONAL, required,
          null, name + "Part");
    }

    /** A field that must be present. */
    <V> Builder<T, B> one(String name, ValueKind kind, Function<T, V> get, @Nullable BiConsumer<B, V> set) {
      return add(name, kind, Field.Holding.ONE, true, null, get, set, null);
    }

    /** A field that may be absent. */
    <V> Builder<T, B> optional(String name, ValueKind kind, Function<T, Optional<V>> get,
        @Nullable BiConsumer<B, V> set) {
      return add(name, kind, Field.Holding.OPTIONAL, false, null, get, set, null);
    }

    /** An integer field that may be absent. */
    Builder<T, B> optionalInt(String name, ValueKind kind, Function<T, OptionalInt> get,
        BiConsumer<B, Integer> set) {
      return add(name, kind, Field.Holding.OPTIONAL, false, null, get, set, null);
    }

    /** A field with a default that the writer leaves out. */
    <V> Builder<T, B> defaulted(String name, ValueKind kind, V defaultValue, Function<T, V> get,
        @Nullable BiConsumer<B, V> set) {
      return add(name, kind, Field.Holding.DEFAULT, false, defaultValue, get, set, null);
    }

    /** A list; {@code required} when a document must give at least one element. */
    <V> Builder<T, B> list(String name, ValueKind element, boolean required, Function<T, ? extends List<V>> get,
        @Nullable BiConsumer<B, Iterable<V>> set) {
      return add(name, element, Field.Holding.LIST, required, null, get, set, null);
    }

    /** A partial date and its sibling part field, {@code name + "Part"}. */
    Builder<T, B> date(String name, boolean required, Function<T, ?> get,
        @Nullable BiConsumer<B, io.github.bilateral.model.PartialDate> set) {
      return this.<io.github.bilateral.model.PartialDate>add(name, ValueKind.partialDate(name),
          required ? Field.Holding.ONE : Field.Holding.OPTIONAL, required, null, get, set, name + "Part");
    }

    /** Marks the last field as new in format version {@code version}. */
    Builder<T, B> since(int version) {
      fields.get(fields.size() - 1).since = version;
      return this;
    }

    /** Marks the last field as one a document must give, keeping the versions already marked. */
    Builder<T, B> required() {
      Field f = fields.get(fields.size() - 1);
      Field r = new Field(f.name, f.kind, f.holding, true, f.defaultValue, f.get, f.set, f.partName);
      r.since = f.since;
      r.until = f.until;
      r.requiredUntil = f.requiredUntil;
      r.replacedBy = f.replacedBy;
      fields.set(fields.size() - 1, r);
      return this;
    }

    /** Marks the last field as required only up to format version {@code version}. */
    Builder<T, B> requiredUntil(int version) {
      fields.get(fields.size() - 1).requiredUntil = version;
      return this;
    }

    /** Marks the last field as gone after format version {@code version}, replaced by {@code replacedBy}. */
    Builder<T, B> until(int version, String replacedBy) {
      Field f = fields.get(fields.size() - 1);
      f.until = version;
      f.replacedBy = replacedBy;
      return this;
    }

    Shape<T> build() {
      return new Shape<>(this);
    }
  }
}
