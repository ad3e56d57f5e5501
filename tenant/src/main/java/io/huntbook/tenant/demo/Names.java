package io.huntbook.tenant.demo;

import java.util.List;

/** Word lists the simulated directory draws people, departments and places from. */
final class Names {
  private Names() {}

  static final List<String> GIVEN =
      List.of(
          "Anne", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
          "Kira", "Liam", "Maya", "Noah", "Olga", "Pavel", "Quinn", "Rosa", "Samir", "Tara", "Umar",
          "Vera", "Wes", "Xenia", "Yusuf", "Zoe", "Aaron", "Bianca", "Chen", "Dana", "Emil",
          "Fatima", "Gabriel", "Hana", "Ivan", "Julia", "Kofi", "Lena", "Marco", "Nadia", "Oscar",
          "Priya", "Rafael", "Sofia", "Tomas", "Uma", "Victor", "Wanda", "Yara", "Zane");

  static final List<String> SURNAMES =
      List.of(
          "Lee",
          "Novak",
          "Garcia",
          "Smith",
          "Kowalski",
          "Haddad",
          "Okafor",
          "Martin",
          "Silva",
          "Berg",
          "Tanaka",
          "Murphy",
          "Rossi",
          "Schmidt",
          "Ivanova",
          "Dubois",
          "Nguyen",
          "Khan",
          "Larsen",
          "Moreau",
          "Fischer",
          "Costa",
          "Reyes",
          "Walsh",
          "Yilmaz",
          "Andersen",
          "Baker",
          "Cohen",
          "Diaz",
          "Evans",
          "Fong",
          "Gupta",
          "Hughes",
          "Ito",
          "Jensen",
          "Keller",
          "Lopez",
          "Meyer",
          "Nakamura",
          "Olsen",
          "Patel",
          "Quinn",
          "Russo",
          "Sato",
          "Torres",
          "Vogel");

  static final List<String> DEPARTMENTS =
      List.of(
          "Finance",
          "Sales",
          "Marketing",
          "Engineering",
          "Human Resources",
          "Legal",
          "Support",
          "Operations",
          "Research",
          "Procurement");

  static final List<String> TITLES =
      List.of(
          "Analyst",
          "Manager",
          "Specialist",
          "Coordinator",
          "Engineer",
          "Consultant",
          "Associate",
          "Director",
          "Assistant",
          "Lead");

  static final List<String> CITIES = List.of("Seattle", "Berlin", "London", "Toronto", "Madrid");

  static final List<String> DOCUMENTS =
      List.of(
          "Budget 2027.xlsx",
          "Quarterly review.pptx",
          "Customer list.xlsx",
          "Meeting notes.docx",
          "Travel policy.pdf",
          "Project plan.docx",
          "Invoice 4471.pdf",
          "Contract draft.docx",
          "Team roster.xlsx",
          "Release notes.docx");

  static final List<String> WEB_SITES =
      List.of(
          "www.bing.com",
          "www.office.com",
          "contoso.sharepoint.com",
          "login.microsoftonline.com",
          "outlook.office365.com",
          "www.linkedin.com",
          "github.com",
          "www.wikipedia.org",
          "teams.microsoft.com",
          "news.ycombinator.com",
          "www.nytimes.com",
          "docs.python.org");
}
