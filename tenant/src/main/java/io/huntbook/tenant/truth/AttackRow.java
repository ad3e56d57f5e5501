package io.huntbook.tenant.truth;

import java.time.Instant;
import java.util.Objects;

/**
 * One row the attack wrote.
 *
 * @param table the Advanced Hunting table, e.g. {@code DeviceEvents}
 * @param keyColumn the column that identifies the row: {@code ReportId} in event tables, {@code
 *     AlertId} in the alert tables (where every evidence row of an attack alert belongs to it), or
 *     {@code NetworkMessageId} in the email tables
 * @param key the value of {@code keyColumn}, as text ({@code ReportId} is a long in Device* tables)
 * @param timestamp the row's {@code Timestamp}
 * @param step the stage of the storyline
 * @param technique the ATT&CK technique the row shows
 * @param summary one line for people: what happened
 */
public record AttackRow(
    String table,
    String keyColumn,
    String key,
    Instant timestamp,
    AttackStep step,
    Technique technique,
    String summary) {
  public AttackRow {
    Objects.requireNonNull(table);
    Objects.requireNonNull(keyColumn);
    Objects.requireNonNull(key);
    Objects.requireNonNull(timestamp);
    Objects.requireNonNull(step);
    Objects.requireNonNull(technique);
    Objects.requireNonNull(summary);
  }
}
