package io.huntbook.tenant.truth;

/** The MITRE ATT&CK techniques the demo attack exercises, with their ids and names. */
public enum Technique {
  PHISHING_ATTACHMENT("T1566.001", "Phishing: Spearphishing Attachment"),
  POWERSHELL("T1059.001", "Command and Scripting Interpreter: PowerShell"),
  DOMAIN_ACCOUNT_DISCOVERY("T1087.002", "Account Discovery: Domain Account"),
  DOMAIN_GROUPS_DISCOVERY("T1069.002", "Permission Groups Discovery: Domain Groups"),
  DOMAIN_TRUST_DISCOVERY("T1482", "Domain Trust Discovery"),
  REMOTE_SYSTEM_DISCOVERY("T1018", "Remote System Discovery"),
  UNSECURED_CREDENTIALS("T1552", "Unsecured Credentials"),
  KERBEROASTING("T1558.003", "Steal or Forge Kerberos Tickets: Kerberoasting"),
  AS_REP_ROASTING("T1558.004", "Steal or Forge Kerberos Tickets: AS-REP Roasting");

  private final String id;
  private final String title;

  Technique(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The ATT&CK id, e.g. {@code T1087.002}. */
  public String id() {
    return id;
  }

  /** The ATT&CK name, e.g. {@code Account Discovery: Domain Account}. */
  public String title() {
    return title;
  }

  /**
   * The name as Defender alerts list it in {@code AttackTechniques}: the sub-technique's own name
   * and id, e.g. {@code Domain Account (T1087.002)}.
   */
  public String alertName() {
    int colon = title.indexOf(": ");
    return (colon < 0 ? title : title.substring(colon + 2)) + " (" + id + ")";
  }

  /** The technique with this ATT&CK id. */
  public static Technique byId(String id) {
    for (Technique t : values()) {
      if (t.id.equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no technique " + id);
  }
}
