package io.huntbook.notebook.model;

import java.io.IOException;

/** A file that is not an nbformat 4 notebook; the message says where and why. */
public class NotebookFormatException extends IOException {
  public NotebookFormatException(String message) {
    super(message);
  }
}
