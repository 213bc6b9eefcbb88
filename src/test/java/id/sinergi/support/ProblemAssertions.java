package id.sinergi.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** What every API error must look like: RFC 9457 problem details, and nothing internal. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("\tat ")
                .doesNotContainIgnoringCase("select ").doesNotContain("org.");
    }
}
