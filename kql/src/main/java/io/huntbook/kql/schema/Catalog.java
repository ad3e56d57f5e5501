package io.huntbook.kql.schema;

import io.huntbook.kql.types.KqlType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables a query can name. {@link #defender()} is the Advanced Hunting schema, loaded from a
 * resource transcribed from Microsoft's schema reference.
 */
public final class Catalog {
  private static final String DEFENDER_RESOURCE = "defender-schema.tsv";
  private static volatile Catalog defender;

  private final Map<String, TableSchema> tables;

  public Catalog(Collection<TableSchema> tables) {
    Map<String, TableSchema> byName = new LinkedHashMap<>();
    for (TableSchema t : tables) {
      byName.put(t.name(), t);
    }
    this.tables = Collections.unmodifiableMap(byName);
  }

  public static Catalog empty() {
    return new Catalog(List.of());
  }

  /** The Defender XDR Advanced Hunting schema. */
  public static Catalog defender() {
    Catalog c = defender;
    if (c == null) {
      c = load();
      defender = c;
    }
    return c;
  }

  public Optional<TableSchema> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  /** The tables in the order they were declared. */
  public Collection<TableSchema> tables() {
    return tables.values();
  }

  /** A catalog with these tables added (replacing tables of the same name). */
  public Catalog with(Collection<TableSchema> more) {
    List<TableSchema> all = new ArrayList<>(tables.values());
    all.removeIf(t -> more.stream().anyMatch(m -> m.name().equals(t.name())));
    all.addAll(more);
    return new Catalog(all);
  }

  private static Catalog load() {
    Map<String, List<ColumnSchema>> columns = new LinkedHashMap<>();
    try (InputStream in = Catalog.class.getResourceAsStream(DEFENDER_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFENDER_RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        KqlType type =
            KqlType.fromName(f[2])
                .orElseThrow(() -> new IllegalStateException("unknown type in schema: " + f[2]));
        columns.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new ColumnSchema(f[1], type));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<TableSchema> tables = new ArrayList<>();
    columns.forEach((name, cols) -> tables.add(new TableSchema(name, cols)));
    return new Catalog(tables);
  }
}
