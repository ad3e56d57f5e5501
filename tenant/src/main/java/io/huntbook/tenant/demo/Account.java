package io.huntbook.tenant.demo;

import java.util.List;

/**
 * An account of the simulated domain.
 *
 * @param sam the sAMAccountName, e.g. {@code anne.lee}, {@code adm-anne.lee}, {@code svc-sql}
 * @param kind person, administrator, service account or built-in
 * @param servicePrincipalNames the SPNs registered on the account (Kerberoastable if any)
 * @param preAuthenticationRequired false for the legacy account that is AS-REP roastable
 * @param groups the groups it is a member of, by name
 */
record Account(
    String sam,
    String givenName,
    String surname,
    String displayName,
    String upn,
    String sid,
    String objectId,
    String department,
    String jobTitle,
    String city,
    Kind kind,
    List<String> servicePrincipalNames,
    boolean preAuthenticationRequired,
    List<String> groups) {

  /** What the account is for. */
  enum Kind {
    PERSON,
    ADMIN,
    SERVICE,
    BUILTIN
  }

  Account {
    servicePrincipalNames = List.copyOf(servicePrincipalNames);
    groups = List.copyOf(groups);
  }

  String distinguishedName() {
    String container =
        switch (kind) {
          case PERSON -> "OU=Staff,OU=Contoso";
          case ADMIN -> "OU=Admins,OU=Contoso";
          case SERVICE -> "OU=Service Accounts,OU=Contoso";
          case BUILTIN -> "CN=Users";
        };
    return "CN=" + displayName + "," + container + "," + Directory.BASE_DN;
  }

  boolean isAdmin() {
    return kind == Kind.ADMIN;
  }
}
