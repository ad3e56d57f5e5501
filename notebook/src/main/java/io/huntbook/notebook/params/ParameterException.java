package io.huntbook.notebook.params;

/** A parameter value that does not fit its parameter: unknown name, wrong type, bad text. */
public class ParameterException extends Exception {
  public ParameterException(String message) {
    super(message);
  }
}
