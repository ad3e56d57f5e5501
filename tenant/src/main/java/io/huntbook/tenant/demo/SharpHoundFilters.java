package io.huntbook.tenant.demo;

import io.huntbook.tenant.truth.Technique;
import java.util.ArrayList;
import java.util.List;

/**
 * The LDAP searches of a SharpHound "All" collection: the filters published as its fingerprints,
 * then the per-object follow-up lookups that make the burst of distinct filters.
 */
final class SharpHoundFilters {
  private SharpHoundFilters() {}

  /** One search with the technique it serves. */
  record Entry(LdapSearch search, Technique technique) {}

  static List<Entry> collection(Directory directory) {
    List<Entry> entries = new ArrayList<>();
    String schema = "CN=Schema,CN=Configuration," + Directory.BASE_DN;
    entries.add(
        new Entry(
            new LdapSearch(
                "(schemaIDGUID=*)",
                List.of("name", "schemaidguid"),
                schema,
                LdapSearch.Scope.SUBTREE),
            Technique.DOMAIN_ACCOUNT_DISCOVERY));
    entries.add(
        entry(
            "(&(objectclass=computer)(userAccountControl&8192))",
            Technique.REMOTE_SYSTEM_DISCOVERY,
            "samaccountname",
            "distinguishedname",
            "dnshostname",
            "objectsid"));
    entries.add(
        entry(
            "(|(samAccountType=805306368)(samAccountType=805306369)(objectclass=organizationalUnit))",
            Technique.DOMAIN_ACCOUNT_DISCOVERY,
            "samaccountname",
            "distinguishedname",
            "objectsid",
            "serviceprincipalname",
            "useraccountcontrol",
            "admincount",
            "memberof"));
    entries.add(
        entry(
            "(|(samaccounttype=268435456)(samaccounttype=268435457)(samaccounttype=536870912)(samaccounttype=536870913))",
            Technique.DOMAIN_GROUPS_DISCOVERY,
            "samaccountname",
            "distinguishedname",
            "objectsid",
            "member",
            "admincount"));
    entries.add(
        entry(
            "(|(samaccounttype=268435456)(samaccounttype=268435457)(samaccounttype=536870912)(samaccounttype=536870913)(samaccounttype=805306368)(samaccounttype=805306369)(objectclass=domain)(objectclass=organizationalUnit)(objectclass=groupPolicyContainer)(objectclass=container))",
            Technique.DOMAIN_ACCOUNT_DISCOVERY,
            "ntsecuritydescriptor",
            "objectsid",
            "distinguishedname"));
    entries.add(
        entry(
            "(objectclass=trustedDomain)",
            Technique.DOMAIN_TRUST_DISCOVERY,
            "trustdirection",
            "trustattributes",
            "trusttype",
            "securityidentifier",
            "name"));
    entries.add(
        entry(
            "(objectclass=groupPolicyContainer)",
            Technique.DOMAIN_ACCOUNT_DISCOVERY,
            "displayname",
            "gpcfilesyspath",
            "objectguid"));
    entries.add(
        entry(
            "(&(sAMAccountType=805306369)(!(UserAccountControl:1.2.840.113556.1.4.803:=2)))",
            Technique.REMOTE_SYSTEM_DISCOVERY,
            "samaccountname",
            "dnshostname",
            "operatingsystem",
            "lastlogontimestamp"));
    entries.add(
        entry(
            "(msds-allowedtodelegateto=*)",
            Technique.DOMAIN_ACCOUNT_DISCOVERY,
            "msds-allowedtodelegateto",
            "samaccountname"));
    entries.add(
        entry(
            "(msds-allowedtoactonbehalfofotheridentity=*)",
            Technique.REMOTE_SYSTEM_DISCOVERY,
            "msds-allowedtoactonbehalfofotheridentity",
            "samaccountname"));
    entries.add(
        new Entry(
            new LdapSearch(
                "(objectclass=pKICertificateTemplate)",
                List.of("name", "mspki-certificate-name-flag", "pkiextendedkeyusage"),
                "CN=Configuration," + Directory.BASE_DN,
                LdapSearch.Scope.SUBTREE),
            Technique.DOMAIN_ACCOUNT_DISCOVERY));
    entries.add(
        entry(
            "(objectclass=domain)",
            Technique.DOMAIN_ACCOUNT_DISCOVERY,
            "objectsid",
            "gplink",
            "ms-ds-machineaccountquota",
            "minpwdlength",
            "lockoutthreshold"));
    for (Account group : List.of(directory.admins.get(0), directory.admins.get(1))) {
      entries.add(
          entry(
              "(objectsid=" + group.sid() + ")",
              Technique.DOMAIN_ACCOUNT_DISCOVERY,
              "samaccountname",
              "distinguishedname",
              "samaccounttype"));
    }
    entries.add(
        entry(
            "(objectsid=" + directory.domainSid + "-512)",
            Technique.DOMAIN_GROUPS_DISCOVERY,
            "samaccountname",
            "member"));
    entries.add(
        entry(
            "(objectsid=" + directory.domainSid + "-519)",
            Technique.DOMAIN_GROUPS_DISCOVERY,
            "samaccountname",
            "member"));
    entries.add(
        entry(
            "(objectsid=S-1-5-32-544)",
            Technique.DOMAIN_GROUPS_DISCOVERY,
            "samaccountname",
            "member"));
    for (Machine server : directory.servers.subList(0, 12)) {
      entries.add(
          entry(
              "(&(objectclass=computer)(dnshostname=" + server.name() + "))",
              Technique.REMOTE_SYSTEM_DISCOVERY,
              "samaccountname",
              "objectsid",
              "operatingsystem"));
    }
    for (Machine dc : directory.domainControllers) {
      entries.add(
          entry(
              "(&(objectclass=computer)(dnshostname=" + dc.name() + "))",
              Technique.REMOTE_SYSTEM_DISCOVERY,
              "samaccountname",
              "objectsid",
              "operatingsystem"));
    }
    return entries;
  }

  private static Entry entry(String filter, Technique technique, String... attributes) {
    return new Entry(LdapSearch.subtree(filter, attributes), technique);
  }
}
