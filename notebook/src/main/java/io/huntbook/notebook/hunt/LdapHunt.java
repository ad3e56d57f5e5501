package io.huntbook.notebook.hunt;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.notebook.model.Cell;
import io.huntbook.notebook.model.CodeCell;
import io.huntbook.notebook.model.Notebook;
import io.huntbook.notebook.model.NotebookJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The guided LDAP-reconnaissance hunt packaged with Huntbook, and its technique cells. */
public final class LdapHunt {
  /** The classpath resource of the notebook. */
  public static final String RESOURCE = "/io/huntbook/notebook/hunts/ldap-reconnaissance.ipynb";

  private LdapHunt() {}

  /** A technique query of a hunt: its position, finding and ATT&amp;CK ids. */
  public record FindingCell(int cellIndex, String title, List<String> attack, CodeCell cell) {}

  /** The packaged notebook. */
  public static Notebook notebook() {
    try (InputStream in = LdapHunt.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return NotebookJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The technique cells of any hunt notebook: the code cells with {@value HuntSource#FINDING_KEY}.
   */
  public static List<FindingCell> findings(Notebook notebook) {
    List<FindingCell> findings = new ArrayList<>();
    for (int i = 0; i < notebook.cells().size(); i++) {
      Cell cell = notebook.cells().get(i);
      JsonNode finding = cell.metadata().get(HuntSource.FINDING_KEY);
      if (cell instanceof CodeCell code && finding != null) {
        List<String> attack = new ArrayList<>();
        finding.path("attack").forEach(id -> attack.add(id.asText()));
        findings.add(new FindingCell(i, finding.path("finding").asText(), attack, code));
      }
    }
    return findings;
  }
}
