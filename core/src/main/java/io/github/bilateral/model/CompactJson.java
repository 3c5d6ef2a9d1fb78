package io.github.bilateral.model;

import java.util.HashSet;
import java.util.Set;

/**
 * Checks that a text is exactly one strict JSON value (RFC 8259: no comments, no {@code NaN}, no
 * leading zeros, no raw control characters in strings, no duplicate keys) and returns it compact:
 * no whitespace between tokens, strings written with the fewest escapes ({@code \"}, {@code \\},
 * {@code \b \f \n \r \t}, {@code \}{@code u00XX} for other controls), numbers as their exact digits.
 * The model's own small parser, so that the model needs no JSON library.
 */
final class CompactJson {

  /** The deepest nesting accepted. */
  private static final int MAX_DEPTH = 1000;

  /** Why a text is not one clean JSON value. */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  private final String in;
  private final String where;
  private final StringBuilder out;
  private int at;

  private CompactJson(String in, String where) {
    this.in = in;
    this.where = where;
    this.out = new StringBuilder(in.length());
  }

  /**
   * Returns {@code json} compact; {@code where} names the value in messages about its text.
   *
   * @throws Invalid for malformed JSON, with the rule broken
   * @throws IllegalArgumentException for a NUL character or a lone surrogate in a string
   */
  static String compact(String json, String where) {
    CompactJson c = new CompactJson(json, where);
    c.space();
    if (c.at == json.length()) {
      throw new Invalid("expected a JSON value, found nothing");
    }
    c.value(0);
    c.space();
    if (c.at != json.length()) {
      throw new Invalid("trailing content after the JSON value");
    }
    return c.out.toString();
  }

  /** Appends {@code s} as a JSON string with the fewest escapes. */
  static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (ch < 0x20) {
            out.append("\\u00").append(Character.toUpperCase(Character.forDigit(ch >> 4, 16)))
                .append(Character.toUpperCase(Character.forDigit(ch & 0xF, 16)));
          } else {
            out.append(ch);
          }
      }
    }
    out.append('"');
  }

  private Invalid malformed(String what) {
    return malformedAt(what, at);
  }

  /** The problem at {@code index}, for a character already read. */
  private Invalid malformedAt(String what, int index) {
    return new Invalid("malformed JSON: " + what + " at character " + (index + 1));
  }

  private void space() {
    while (at < in.length()) {
      char ch = in.charAt(at);
      if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') {
        return;
      }
      at++;
    }
  }

  private char peek() {
    if (at >= in.length()) {
      throw malformed("unexpected end of input");
    }
    return in.charAt(at);
  }

  private void value(int depth) {
    if (depth > MAX_DEPTH) {
      throw malformed("nesting deeper than " + MAX_DEPTH);
    }
    char ch = peek();
    if (ch == '{') {
      object(depth);
    } else if (ch == '[') {
      array(depth);
    } else if (ch == '"') {
      quote(out, string());
    } else if (ch == '-' || (ch >= '0' && ch <= '9')) {
      number();
    } else if (!word("true") && !word("false") && !word("null")) {
      throw malformed("unexpected character '" + ch + "'");
    }
  }

  private boolean word(String w) {
    if (in.startsWith(w, at)) {
      out.append(w);
      at += w.length();
      return true;
    }
    return false;
  }

  private void object(int depth) {
    if (empty('{', '}')) {
      return;
    }
    Set<String> keys = new HashSet<>();
    while (true) {
      space();
      if (peek() != '"') {
        throw malformed("expected a field name");
      }
      String key = string();
      if (!keys.add(key)) {
        throw new Invalid("duplicate key '" + key + "'");
      }
      quote(out, key);
      space();
      if (peek() != ':') {
        throw malformed("expected ':'");
      }
      at++;
      out.append(':');
      space();
      value(depth + 1);
      if (closed('}')) {
        return;
      }
    }
  }

  private void array(int depth) {
    if (empty('[', ']')) {
      return;
    }
    while (true) {
      space();
      value(depth + 1);
      if (closed(']')) {
        return;
      }
    }
  }

  /**
   * Reads {@code open} and the white space after it, and {@code close} if it follows at once:
   * returns whether it did, the object or array being empty.
   */
  private boolean empty(char open, char close) {
    at++;
    out.append(open);
    space();
    if (peek() == close) {
      at++;
      out.append(close);
      return true;
    }
    return false;
  }

  /**
   * Reads what follows a member or an element: {@code close}, which ends the object or array and
   * makes this return true, or a comma, which makes it return false.
   */
  private boolean closed(char close) {
    space();
    char ch = peek();
    at++;
    if (ch == close) {
      out.append(close);
      return true;
    }
    if (ch != ',') {
      throw malformedAt("expected ',' or '" + close + "'", at - 1);
    }
    out.append(',');
    return false;
  }

  /** Reads a string token and returns its text, escapes decoded; checks the text once whole. */
  private String string() {
    at++;
    StringBuilder s = new StringBuilder();
    while (true) {
      char ch = peek();
      at++;
      if (ch == '"') {
        break;
      }
      if (ch < 0x20) {
        throw malformedAt("unescaped control character in a string", at - 1);
      }
      if (ch != '\\') {
        s.append(ch);
        continue;
      }
      char e = peek();
      at++;
      switch (e) {
        case '"': case '\\': case '/': s.append(e); break;
        case 'b': s.append('\b'); break;
        case 'f': s.append('\f'); break;
        case 'n': s.append('\n'); break;
        case 'r': s.append('\r'); break;
        case 't': s.append('\t'); break;
        case 'u':
          if (at + 4 > in.length()) {
            throw malformed("unexpected end of input in an escape");
          }
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int d = Character.digit(in.charAt(at++), 16);
            if (d < 0) {
              throw malformedAt("bad \\u escape", at - 1);
            }
            code = code * 16 + d;
          }
          s.append((char) code);
          break;
        default:
          throw malformedAt("bad escape '\\" + e + "'", at - 1);
      }
    }
    String text = s.toString();
    UnknownFields.checkText(where, text);
    return text;
  }

  private void number() {
    int start = at;
    if (in.charAt(at) == '-') {
      at++;
    }
    if (peekDigit() == '0') {
      at++;
      if (at < in.length() && Character.isDigit(in.charAt(at))) {
        throw malformed("leading zeros are not allowed");
      }
    } else {
      digits();
    }
    if (at < in.length() && in.charAt(at) == '.') {
      at++;
      digits();
    }
    if (at < in.length() && (in.charAt(at) == 'e' || in.charAt(at) == 'E')) {
      at++;
      if (at < in.length() && (in.charAt(at) == '+' || in.charAt(at) == '-')) {
        at++;
      }
      digits();
    }
    out.append(in, start, at);
  }

  private char peekDigit() {
    char ch = peek();
    if (ch < '0' || ch > '9') {
      throw malformed("expected a digit");
    }
    return ch;
  }

  private void digits() {
    peekDigit();
    while (at < in.length() && in.charAt(at) >= '0' && in.charAt(at) <= '9') {
      at++;
    }
  }
}
