package io.github.bilateral.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value read from canonical text: an object (fields in order), an array, or a scalar kept as
 * its token and text, so that numbers are compared as the writer printed them and never converted.
 */
final class Node {

  /** What a node is. */
  enum Type { OBJECT, ARRAY, STRING, NUMBER, TRUE, FALSE, NULL }

  /** The factory of the trees; the text comes from the library's own writer, so limits are wide. */
  static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(2000).maxNumberLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE).maxDocumentLength(-1).build())
      .build();

  private final Type type;
  private final String text;
  private final Map<String, Node> fields;
  private final List<Node> elements;
  private int hash;

  private Node(Type type, String text, Map<String, Node> fields, List<Node> elements) {
    this.type = type;
    this.text = text;
    this.fields = fields;
    this.elements = elements;
  }

  Type type() {
    return type;
  }

  boolean isObject() {
    return type == Type.OBJECT;
  }

  boolean isArray() {
    return type == Type.ARRAY;
  }

  /** The text of a scalar: a string's characters, a number's digits, {@code true}, {@code false} or {@code null}. */
  String text() {
    return text;
  }

  /** The fields of an object, in order; empty for other nodes. */
  Map<String, Node> fields() {
    return fields;
  }

  /** The elements of an array; empty for other nodes. */
  List<Node> elements() {
    return elements;
  }

  /** Returns the field {@code name} of an object, or null. */
  Node field(String name) {
    return fields.get(name);
  }

  /** Reads one JSON document into a tree; iterative, so depth costs no stack. */
  static Node parse(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      Deque<Object[]> open = new ArrayDeque<>();
      Node root = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        Node value;
        switch (t) {
          case START_OBJECT:
            open.push(new Object[] {p.currentName(), new LinkedHashMap<String, Node>()});
            continue;
          case START_ARRAY:
            open.push(new Object[] {p.currentName(), new ArrayList<Node>()});
            continue;
          case FIELD_NAME:
            continue;
          case END_OBJECT:
          case END_ARRAY: {
            Object[] done = open.pop();
            value = done[1] instanceof Map ? object(cast(done[1])) : array(castList(done[1]));
            if (open.isEmpty()) {
              root = value;
            } else {
              add(open.peek(), (String) done[0], value);
            }
            continue;
          }
          case VALUE_STRING:
            value = new Node(Type.STRING, p.getText(), Map.of(), List.of());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            value = new Node(Type.NUMBER, p.getText(), Map.of(), List.of());
            break;
          case VALUE_TRUE:
            value = new Node(Type.TRUE, "true", Map.of(), List.of());
            break;
          case VALUE_FALSE:
            value = new Node(Type.FALSE, "false", Map.of(), List.of());
            break;
          default:
            value = new Node(Type.NULL, "null", Map.of(), List.of());
            break;
        }
        if (open.isEmpty()) {
          root = value;
        } else {
          add(open.peek(), p.currentName(), value);
        }
      }
      if (root == null) {
        throw new IllegalArgumentException("no JSON value in the text");
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Node> cast(Object o) {
    return (Map<String, Node>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Node> castList(Object o) {
    return (List<Node>) o;
  }

  private static void add(Object[] container, String name, Node value) {
    if (container[1] instanceof Map) {
      cast(container[1]).put(name, value);
    } else {
      castList(container[1]).add(value);
    }
  }

  static Node object(Map<String, Node> fields) {
    return new Node(Type.OBJECT, "", Collections.unmodifiableMap(fields), List.of());
  }

  static Node array(List<Node> elements) {
    return new Node(Type.ARRAY, "", Map.of(), Collections.unmodifiableList(elements));
  }

  /** Returns the node as compact JSON text. */
  String toJson() {
    if (type == Type.NUMBER || type == Type.TRUE || type == Type.FALSE || type == Type.NULL) {
      return text;
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the node onto a generator. */
  void write(JsonGenerator g) throws IOException {
    switch (type) {
      case OBJECT:
        g.writeStartObject();
        for (Map.Entry<String, Node> e : fields.entrySet()) {
          g.writeFieldName(e.getKey());
          e.getValue().write(g);
        }
        g.writeEndObject();
        break;
      case ARRAY:
        g.writeStartArray();
        for (Node n : elements) {
          n.write(g);
        }
        g.writeEndArray();
        break;
      case STRING:
        g.writeString(text);
        break;
      case NUMBER:
        g.writeNumber(text);
        break;
      case TRUE:
      case FALSE:
        g.writeBoolean(type == Type.TRUE);
        break;
      default:
        g.writeNull();
        break;
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Node)) {
      return false;
    }
    Node n = (Node) o;
    if (type != n.type || hashCode() != n.hashCode()) {
      return false;
    }
    switch (type) {
      case OBJECT:
        // Canonical text holds each object's fields in one order, so the order is part of the value.
        return new ArrayList<>(fields.entrySet()).equals(new ArrayList<>(n.fields.entrySet()));
      case ARRAY:
        return elements.equals(n.elements);
      default:
        return text.equals(n.text);
    }
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Objects.hash(type, text, fields, elements);
      hash = h == 0 ? 1 : h;
    }
    return hash;
  }

  @Override
  public String toString() {
    return toJson();
  }
}
