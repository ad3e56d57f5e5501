package io.huntbook.defender.client;

/** A 200 answer that is not a hunting result (or has a value its schema does not allow). */
public class MalformedResponseException extends Exception {
  public MalformedResponseException(String message) {
    super(message);
  }
}
