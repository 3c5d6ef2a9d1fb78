package io.github.bilateral.io;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The model's accessors and its Immutables builders' methods, found by the names of the format's
 * fields, so that {@link Format} names each field once: the field {@code title} of a shape of
 * {@code Office} is read with {@code Office.title()} and set with {@code Office.Builder.title(..)},
 * a list {@code lenders} is set with {@code addAllLenders(Iterable)}. Each is bound once, when the
 * format is described, into a plain function as fast as a method reference.
 */
final class Accessors {

  private Accessors() {}

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  /** {@code model.name()}, such as {@code Office::title}. */
  static Function<Object, ?> getter(Class<?> model, String name) {
    return function(model, method(model, name));
  }

  /** {@code builder.name(value)}, or {@code builder.addAllName(values)} for a list, such as {@code Office.Builder::title}. */
  static BiConsumer<Object, Object> setter(Class<?> builder, String name, boolean list) {
    String method = list ? "addAll" + Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
    for (Method m : builder.getMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())
          && !m.isBridge() && !wrapsOptional(m.getParameterTypes()[0])
          && (!list || m.getParameterTypes()[0] == Iterable.class)) {
        return biConsumer(builder, m);
      }
    }
    throw new IllegalStateException(builder.getName() + " has no method " + method + " for the field '" + name + "'");
  }

  /** The model's static {@code builder()}. */
  static Supplier<Object> builder(Class<?> model) {
    Method m = method(model, "builder");
    return bind(model, m, Supplier.class, "get", MethodType.methodType(Object.class), MethodType.methodType(m.getReturnType()));
  }

  /** The class of the model's builder. */
  static Class<?> builderClass(Class<?> model) {
    return method(model, "builder").getReturnType();
  }

  /** A no-argument method of {@code type} as a function of the instance, such as {@code Builder::build}. */
  static Function<Object, ?> function(Class<?> type, String name) {
    return function(type, method(type, name));
  }

  private static Function<Object, ?> function(Class<?> receiver, Method m) {
    return bind(receiver, m, Function.class, "apply", MethodType.methodType(Object.class, Object.class),
        MethodType.methodType(box(m.getReturnType()), receiver));
  }

  private static BiConsumer<Object, Object> biConsumer(Class<?> receiver, Method m) {
    return bind(receiver, m, BiConsumer.class, "accept", MethodType.methodType(void.class, Object.class, Object.class),
        MethodType.methodType(void.class, receiver, box(m.getParameterTypes()[0])));
  }

  private static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no method " + name + "()", e);
    }
  }

  private static boolean wrapsOptional(Class<?> type) {
    return type == Optional.class || type == OptionalInt.class || type == OptionalLong.class
        || type == OptionalDouble.class;
  }

  private static Class<?> box(Class<?> type) {
    return MethodType.methodType(type).wrap().returnType();
  }

  @SuppressWarnings("unchecked")
  private static <F> F bind(Class<?> receiver, Method m, Class<?> face, String name, MethodType erased,
      MethodType typed) {
    try {
      // Found through the public model class, whatever class declares the method.
      MethodType type = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
      MethodHandle target = Modifier.isStatic(m.getModifiers())
          ? LOOKUP.findStatic(receiver, m.getName(), type) : LOOKUP.findVirtual(receiver, m.getName(), type);
      return (F) LambdaMetafactory.metafactory(LOOKUP, name, MethodType.methodType(face), erased, target, typed)
          .getTarget().invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("cannot bind " + m, e);
    }
  }
}
