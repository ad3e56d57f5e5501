package io.huntbook.tenant.demo;

import java.util.List;

/**
 * One LDAP search as the endpoint sensor and the domain-controller sensor record it.
 *
 * @param filter the search filter, e.g. {@code (adminCount=1)}
 * @param attributes the attributes requested (empty: all)
 * @param baseDistinguishedName the search base, e.g. {@code DC=contoso,DC=local}
 */
record LdapSearch(
    String filter, List<String> attributes, String baseDistinguishedName, Scope scope) {

  LdapSearch {
    attributes = List.copyOf(attributes);
  }

  /** A subtree search from the domain root, the common case. */
  static LdapSearch subtree(String filter, String... attributes) {
    return new LdapSearch(filter, List.of(attributes), Directory.BASE_DN, Scope.SUBTREE);
  }

  static LdapSearch base(String filter, String baseDistinguishedName, String... attributes) {
    return new LdapSearch(filter, List.of(attributes), baseDistinguishedName, Scope.BASE);
  }

  /** The search scope, named as Defender for Endpoint and Defender for Identity write it. */
  enum Scope {
    BASE("Base", "BaseObject"),
    ONE_LEVEL("OneLevel", "SingleLevel"),
    SUBTREE("SubTree", "WholeSubtree");

    final String endpointName;
    final String directoryName;

    Scope(String endpointName, String directoryName) {
      this.endpointName = endpointName;
      this.directoryName = directoryName;
    }
  }
}
