package io.huntbook.tenant.truth;

/** The stages of the demo attack, in the order they happen. */
public enum AttackStep {
  /** A macro document mailed to the victim starts PowerShell. */
  INITIAL_ACCESS,
  /**
   * The {@code [adsisearcher]} searches: the classic guided LDAP hunt's seven, then one for
   * passwords left in descriptions or comments.
   */
  ADSISEARCHER,
  /** A SharpHound collection: a burst of many distinct LDAP filters from one process. */
  SHARPHOUND,
  /** AdFind enumeration of users, computers and trusts. */
  ADFIND,
  /** {@code net group "Domain Admins" /domain}, a SAMR query at the domain controller. */
  NET_GROUP,
  /** Rubeus finds accounts with SPNs over LDAP, then asks for their service tickets. */
  KERBEROAST
}
