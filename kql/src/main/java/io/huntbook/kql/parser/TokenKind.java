package io.huntbook.kql.parser;

/**
 * The kinds of KQL tokens. Keywords are not separate kinds: KQL lets most keywords serve as names,
 * so the lexer produces {@link #IDENTIFIER} and the parser decides from context.
 */
public enum TokenKind {
  IDENTIFIER("a name"),
  LONG("a number"),
  REAL("a number"),
  TIMESPAN("a timespan"),
  STRING("a string"),
  PIPE("'|'"),
  SEMICOLON("';'"),
  COMMA("','"),
  DOT("'.'"),
  DOT_DOT("'..'"),
  COLON("':'"),
  OPEN_PAREN("'('"),
  CLOSE_PAREN("')'"),
  OPEN_BRACKET("'['"),
  CLOSE_BRACKET("']'"),
  OPEN_BRACE("'{'"),
  CLOSE_BRACE("'}'"),
  ASSIGN("'='"),
  EQUAL("'=='"),
  NOT_EQUAL("'!='"),
  LESS("'<'"),
  LESS_EQUAL("'<='"),
  GREATER("'>'"),
  GREATER_EQUAL("'>='"),
  EQUAL_TILDE("'=~'"),
  BANG_TILDE("'!~'"),
  BANG("'!'"),
  TILDE("'~'"),
  ARROW("'=>'"),
  PLUS("'+'"),
  MINUS("'-'"),
  STAR("'*'"),
  SLASH("'/'"),
  PERCENT("'%'"),
  /** A character KQL does not use; the lexer has reported it already. */
  BAD("an invalid character"),
  END("end of query");

  private final String description;

  TokenKind(String description) {
    this.description = description;
  }

  /** How a message names this kind of token ("expected a name"). */
  public String description() {
    return description;
  }
}
