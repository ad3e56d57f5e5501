package io.huntbook.defender.auth;

import java.util.regex.Pattern;

/** Validation shared by the credential records. */
final class CredentialChecks {
  // Tenant ids are GUIDs or domain names, client ids GUIDs: neither needs more than this.
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-_]{0,253}");

  private CredentialChecks() {}

  static void requireId(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the " + what + " is missing");
    }
    if (!ID.matcher(value).matches()) {
      // The value is not echoed: a secret pasted into the wrong variable must not be printed.
      throw new IllegalArgumentException(
          "the " + what + " is not a GUID or domain name (letters, digits, '.', '-', '_')");
    }
  }
}
