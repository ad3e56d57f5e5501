package io.huntbook.notebook.params;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code let name = value} statement of a parameters cell.
 *
 * @param name the bound name
 * @param value the text after {@code =}
 * @param text the whole statement, without its {@code ;}
 */
public record LetStatement(String name, String value, String text) {
  private static final Pattern LET =
      Pattern.compile("let\\s+([A-Za-z_][A-Za-z_0-9]*)\\s*=\\s*(.+)", Pattern.DOTALL);

  public LetStatement {
    Objects.requireNonNull(name);
    Objects.requireNonNull(value);
    Objects.requireNonNull(text);
  }

  /** The statement as a let, or empty for any other statement. */
  public static Optional<LetStatement> parse(String statement) {
    Matcher matcher = LET.matcher(KqlStatements.stripComments(statement).strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new LetStatement(matcher.group(1), matcher.group(2).strip(), matcher.group(0).strip()));
  }

  /** The type of the default value. */
  public ParameterType type() {
    return ParameterType.of(value);
  }
}
