package io.github.bilateral.io;

import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a report built in code through the shapes of {@link Format} and hands every reference it
 * holds to a {@link Resolver}, with its path: what the reader does while it reads a document.
 */
final class References implements Resolver.PathSource {

  private final Resolver resolver;
  private final List<Object> path = new ArrayList<>();

  References(Resolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public Object[] pathSegments() {
    return path.toArray();
  }

  void walk(Report report) {
    for (FactKind kind : FactKind.inFormatOrder()) {
      List<?> facts = kind.facts(report);
      path.add(kind.listName());
      for (int i = 0; i < facts.size(); i++) {
        path.add(i);
        object(Format.shape(kind), facts.get(i));
        path.remove(path.size() - 1);
      }
      path.remove(path.size() - 1);
    }
  }

  private void object(Shape<?> shape, Object value) {
    for (Field f : shape.typedFields()) {
      boolean nested = f.kind.shape() != null || f.kind.mapValues() != null;
      if (!nested && f.kind.target() == null && f.kind != ValueKind.FACT_REF) {
        continue;
      }
      Object v = f.get.apply(value);
      if (f.leftOut(v)) {
        continue;
      }
      path.add(f.name);
      if (f.kind.mapValues() != null) {
        for (java.util.Map.Entry<?, ?> e : ((java.util.Map<?, ?>) v).entrySet()) {
          path.add(e.getKey());
          object(f.kind.mapValues(), e.getValue());
          path.remove(path.size() - 1);
        }
      } else if (f.holding == Field.Holding.LIST) {
        List<?> list = (List<?>) v;
        for (int j = 0; j < list.size(); j++) {
          path.add(j);
          value(f.kind, list.get(j));
          path.remove(path.size() - 1);
        }
      } else {
        value(f.kind, Field.unwrap(v));
      }
      path.remove(path.size() - 1);
    }
  }

  private void value(ValueKind kind, Object v) {
    if (kind.shape() != null) {
      object(kind.shape(), v);
    } else if (kind == ValueKind.FACT_REF) {
      resolver.reference(((FactRef) v).kind(), kind.referenceKey(v), false, this, 0, 0);
    } else {
      resolver.reference(kind.target(), kind.referenceKey(v), kind == ValueKind.FOOTNOTE, this, 0, 0);
    }
  }
}
