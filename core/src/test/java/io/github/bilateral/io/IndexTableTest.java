package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Property;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The resolver's table of declared ids against a {@link HashMap}: declaring a key again gives the
 * first index, a key is found whether it is the instance declared or only an equal one, and the keys
 * listed are those declared. Many keys share a hash code (every string of the same number of the
 * pieces {@code "Aa"} and {@code "BB"} has one, and so do the integer 65 and the text "A"), and the
 * table grows past its first size.
 */
class IndexTableTest {

  private static final Gen<Object> KEYS = Gen.oneOf(
      Gen.listOf(Gen.elements("Aa", "BB"), 1, 4).map(pieces -> (Object) String.join("", pieces)),
      Gen.ints(0, 400).map(i -> (Object) ("id-" + i)),
      Gen.ints(60, 70).map(i -> (Object) Integer.valueOf(i)),
      Gen.ints(60, 70).map(i -> (Object) Character.toString((char) i.intValue())));

  @Test
  void declaresAndFindsWhatAMapDoes() {
    Property.forAll("an id table agrees with a hash map", Gen.listOf(KEYS, 0, 300))
        .tries(300)
        .verify(keys -> {
          IndexTable table = new IndexTable();
          Map<Object, Integer> map = new HashMap<>();
          for (int i = 0; i < keys.size(); i++) {
            Object key = keys.get(i);
            assertThat(table.putIfAbsent(key, i)).as("%s", key).isEqualTo(map.putIfAbsent(key, i));
          }
          for (Object key : List.copyOf(keys)) {
            Object equal = key instanceof String ? new String((String) key) : Integer.valueOf(((Integer) key).intValue());
            assertThat(table.contains(equal)).as("%s", key).isTrue();
          }
          assertThat(table.contains("absent")).isFalse();
          assertThat(table.contains(1_000)).isFalse();
          assertThat(table.texts()).containsExactlyInAnyOrderElementsOf(map.keySet().stream().map(Object::toString).toList());
        });
  }
}
