package io.github.bilateral.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key by which names of actors and places are compared: the text compatibility-decomposed,
 * accents dropped, in lower case, letters and digits only. {@code "PML-N"}, {@code "pml n"} and
 * {@code "Pmln"} all have the key {@code "pmln"}; {@code "Anwaar-ul-Haq Kakar"} has
 * {@code "anwaarulhaqkakar"}.
 *
 * <p>Two names with the same key are the same name to a look-up, so no two actors of one report may
 * share one (the validator reports it).
 *
 * <pre>{@code
 * NameKey.of("Café Zürich");   // "cafezurich"
 * }</pre>
 *
 * <p>This class is not instantiable; its one method is thread-safe.
 */
public final class NameKey {

  private NameKey() {}

  /**
   * Returns the key of {@code text}: empty when it holds no letter or digit.
   *
   * @param text the name, not null
   * @return the folded key, not null
   */
  public static String of(CharSequence text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(Character.toLowerCase(cp));
      }
    });
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
