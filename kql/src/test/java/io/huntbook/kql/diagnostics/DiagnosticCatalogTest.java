package io.huntbook.kql.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticCatalogTest {

  @Test
  void everyCodeIsUniqueAndWellFormed() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field field : DiagnosticCatalog.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        codes.add((String) field.get(null));
      }
    }
    assertThat(codes)
        .hasSizeGreaterThan(10)
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("KQL0\\d{3}"));
  }
}
