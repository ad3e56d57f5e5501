package io.huntbook.defender.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceErrorTest {

  private static ServiceError parse(String body) {
    return ServiceError.parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsDefendersEnvelope() {
    ServiceError error =
        parse(
            "{\"error\":{\"code\":\"InvalidRequestBody\",\"message\":\"Request body is incorrect\","
                + "\"target\":\"1fa66c0f-18bd-4133-b378-36d76f3a2ba0\"}}");

    assertThat(error.code()).isEqualTo("InvalidRequestBody");
    assertThat(error.message()).isEqualTo("Request body is incorrect");
    assertThat(error.requestId()).contains("1fa66c0f-18bd-4133-b378-36d76f3a2ba0");
  }

  @Test
  void readsGraphsEnvelopeInEitherInnerErrorCase() {
    for (String inner : new String[] {"innerError", "innererror"}) {
      ServiceError error =
          parse(
              "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Query could not be parsed\",\""
                  + inner
                  + "\":{\"date\":\"2024-01-01T00:00:00\",\"request-id\":\"r-1\",\"client-request-id\":\"c-1\"}}}");

      assertThat(error.code()).isEqualTo("BadRequest");
      assertThat(error.requestId()).contains("r-1");
    }
  }

  @Test
  void keepsTheStartOfABodyThatIsNotJson() {
    ServiceError error = parse("<html>502 Bad Gateway</html>" + "x".repeat(1_000));

    assertThat(error.code()).isEmpty();
    assertThat(error.message()).startsWith("<html>502 Bad Gateway").hasSizeLessThan(600);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Query could not be parsed at 'x' on line [2,10]|2|10",
        "line 3:7: KQL0101 unknown column|3|7",
        "A recognition error occurred.|0|0"
      })
  void aKqlErrorKeepsItsPosition(String message, int line, int column) {
    var exception =
        FailureAdvice.forStatus(
            io.huntbook.defender.HuntingApi.GRAPH,
            java.net.URI.create("https://graph.microsoft.com/v1.0/security/runHuntingQuery"),
            400,
            new ServiceError("BadRequest", message, java.util.Optional.empty()));

    assertThat(exception.code()).isEqualTo(DefenderErrorCodes.QUERY_REJECTED);
    assertThat(exception.getMessage()).contains(message);
    assertThat(exception.line()).isEqualTo(line);
    assertThat(exception.column()).isEqualTo(column);
  }
}
