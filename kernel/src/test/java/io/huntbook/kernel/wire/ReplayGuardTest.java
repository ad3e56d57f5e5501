package io.huntbook.kernel.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayGuardTest {
  @Test
  void remembersSignaturesUpToItsCapacityForgettingTheOldestFirst() {
    ReplayGuard guard = new ReplayGuard(2);
    byte[] first = {1};
    byte[] second = {2};
    byte[] third = {3};
    assertThat(guard.firstSighting(first)).isTrue();
    assertThat(guard.firstSighting(second)).isTrue();
    assertThat(guard.firstSighting(first.clone())).isFalse();
    assertThat(guard.firstSighting(third)).isTrue();
    // the oldest, {1}, was forgotten to make room for {3}
    assertThat(guard.firstSighting(first)).isTrue();
    assertThat(guard.firstSighting(third)).isFalse();
  }
}
