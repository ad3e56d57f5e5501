package io.huntbook.tenant.truth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What the demo attack did: the compromised account and device, and every row it wrote. Tests and
 * the notebook's detection checks compare a hunting query's result with {@link #keys}.
 *
 * @param domain the DNS name of the domain, {@code contoso.local}
 * @param compromisedAccount the victim's sAMAccountName
 * @param compromisedDevice the victim workstation's DeviceName (fully qualified, lower case)
 * @param rows the attack's rows, in the order they were written
 */
public record GroundTruth(
    String domain, String compromisedAccount, String compromisedDevice, List<AttackRow> rows) {
  public GroundTruth {
    Objects.requireNonNull(domain);
    Objects.requireNonNull(compromisedAccount);
    Objects.requireNonNull(compromisedDevice);
    rows = List.copyOf(rows);
  }

  /** The rows of one table. */
  public List<AttackRow> rows(String table) {
    return select(r -> r.table().equals(table));
  }

  /** The rows showing one technique. */
  public List<AttackRow> rows(Technique technique) {
    return select(r -> r.technique() == technique);
  }

  /** The rows of one table showing one technique. */
  public List<AttackRow> rows(String table, Technique technique) {
    return select(r -> r.table().equals(table) && r.technique() == technique);
  }

  /** The rows of one stage. */
  public List<AttackRow> rows(AttackStep step) {
    return select(r -> r.step() == step);
  }

  /** The rows matching a condition. */
  public List<AttackRow> select(Predicate<AttackRow> condition) {
    List<AttackRow> selected = new ArrayList<>();
    for (AttackRow r : rows) {
      if (condition.test(r)) {
        selected.add(r);
      }
    }
    return selected;
  }

  /** The key values of some rows, sorted, for comparison with a query's key column. */
  public static Set<String> keys(List<AttackRow> rows) {
    Set<String> keys = new TreeSet<>();
    rows.forEach(r -> keys.add(r.key()));
    return keys;
  }

  /** The techniques the attack shows. */
  public Set<Technique> techniques() {
    Set<Technique> techniques = new TreeSet<>();
    rows.forEach(r -> techniques.add(r.technique()));
    return techniques;
  }

  /**
   * The rows as tab-separated text with a header line: table, key column, key, timestamp, step,
   * technique id, technique name, summary. The form shipped beside exported demo data.
   */
  public String toTsv() {
    StringBuilder text =
        new StringBuilder(
            "table\tkeyColumn\tkey\ttimestamp\tstep\ttechniqueId\ttechnique\tsummary\n");
    for (AttackRow r : rows) {
      text.append(r.table())
          .append('\t')
          .append(r.keyColumn())
          .append('\t')
          .append(r.key())
          .append('\t')
          .append(r.timestamp())
          .append('\t')
          .append(r.step())
          .append('\t')
          .append(r.technique().id())
          .append('\t')
          .append(r.technique().title())
          .append('\t')
          .append(r.summary().replace('\t', ' ').replace('\n', ' '))
          .append('\n');
    }
    return text.toString();
  }
}
