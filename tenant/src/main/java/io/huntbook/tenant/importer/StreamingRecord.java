package io.huntbook.tenant.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One record of the streaming API: {@code {"time", "tenantId", "category":
 * "AdvancedHunting-<Table>", "properties": {<column>: <value>, …}}}. The table comes from the
 * category and the row from the properties; {@code time} stands in for a missing {@code Timestamp}.
 */
final class StreamingRecord {
  static final String CATEGORY_PREFIX = "AdvancedHunting-";

  private StreamingRecord() {}

  /** Writes one record. */
  static void write(JsonNode record, ImportTables tables)
      throws ConversionException, java.sql.SQLException {
    if (!record.isObject()) {
      throw new ConversionException("a streaming record must be a JSON object");
    }
    JsonNode category = record.get("category");
    if (category == null || !category.isTextual()) {
      throw new ConversionException("the record has no category");
    }
    String name = category.textValue();
    if (!name.regionMatches(true, 0, CATEGORY_PREFIX, 0, CATEGORY_PREFIX.length())
        || name.length() == CATEGORY_PREFIX.length()) {
      throw new ConversionException(
          "category " + Timestamps.shorten(name) + " is not AdvancedHunting-<Table>");
    }
    JsonNode properties = record.get("properties");
    if (properties == null || !properties.isObject()) {
      throw new ConversionException("the record has no properties object");
    }
    List<ImportTables.Field> fields = new ArrayList<>(properties.size() + 1);
    boolean hasTimestamp = false;
    for (Map.Entry<String, JsonNode> e : properties.properties()) {
      fields.add(new ImportTables.Field(e.getKey(), e.getValue()));
      hasTimestamp |= e.getKey().equals("Timestamp");
    }
    if (!hasTimestamp && record.hasNonNull("time")) {
      fields.add(new ImportTables.Field("Timestamp", record.get("time")));
    }
    tables.write(name.substring(CATEGORY_PREFIX.length()), fields);
  }

  /** The fields of a plain row object (a hunting API result row). */
  static List<ImportTables.Field> fields(JsonNode row) throws ConversionException {
    if (!row.isObject()) {
      throw new ConversionException("a result row must be a JSON object");
    }
    List<ImportTables.Field> fields = new ArrayList<>(row.size());
    for (Map.Entry<String, JsonNode> e : row.properties()) {
      fields.add(new ImportTables.Field(e.getKey(), e.getValue()));
    }
    return fields;
  }
}
