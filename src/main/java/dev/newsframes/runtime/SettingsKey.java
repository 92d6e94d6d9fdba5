package dev.newsframes.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A stable text of an options record, for stamps: every component by name, sets sorted (the
 * iteration order of {@code Set.copyOf} changes from one JVM to the next), nested records the same
 * way. Reading the components by reflection means a component added later is never forgotten.
 */
public final class SettingsKey {
  private SettingsKey() {}

  /** {@code Name[a=1, b=[x, y]]} for a record; {@code String.valueOf} for anything else. */
  public static String of(Object value) {
    if (value instanceof Record r) {
      StringBuilder s = new StringBuilder(r.getClass().getSimpleName()).append('[');
      RecordComponent[] components = r.getClass().getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        s.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=');
        s.append(of(read(r, components[i])));
      }
      return s.append(']').toString();
    } else if (value instanceof Set<?> set) {
      return set.stream()
          .map(SettingsKey::of)
          .collect(Collectors.toCollection(TreeSet::new))
          .toString();
    } else if (value instanceof Collection<?> c) {
      return c.stream().map(SettingsKey::of).toList().toString();
    } else if (value instanceof Map<?, ?> m) {
      Map<String, String> sorted = new TreeMap<>();
      m.forEach((k, v) -> sorted.put(of(k), of(v)));
      return sorted.toString();
    }
    String text = String.valueOf(value);
    if (value != null
        && text.equals(value.getClass().getName() + "@" + Integer.toHexString(value.hashCode()))) {
      // Object.toString differs from one run to the next: the stage would never be skipped
      throw new IllegalStateException(value.getClass() + " has no stable toString for SettingsKey");
    }
    return text;
  }

  private static Object read(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + c.getName() + " of " + r.getClass(), e);
    }
  }
}
