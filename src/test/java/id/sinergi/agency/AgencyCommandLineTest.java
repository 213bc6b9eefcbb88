package id.sinergi.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Operators manage API clients from the command line: the token is printed once and works, only its hash
 * is stored, and revoking it locks the agency out. Outside the demo profile no agency exists at all.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class AgencyCommandLineTest {

    @Autowired
    AgencyCommandLine commandLine;
    @Autowired
    AgencyTokens tokens;
    @Autowired
    JdbcClient jdbc;

    @Test
    void issueListAndRevokeFromTheCommandLine(CapturedOutput output) {
        assertThat(commandLine.execute(List.of("issue", "disnaker-pemalang", "Disnaker Kabupaten Pemalang", "REPORT_CASES", "30")))
                .isZero();
        String printed = output.getOut().lines().filter(line -> line.startsWith("sng_")).findFirst().orElseThrow();

        var client = tokens.authenticate(printed).orElseThrow();
        assertThat(client.agencyId()).isEqualTo("disnaker-pemalang");
        assertThat(client.scopes()).containsExactly(Scope.REPORT_CASES);
        assertThat(client.requestsPerMinute()).isEqualTo(30);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agency_client WHERE token_hash = ?").param(printed)
                .query(Long.class).single()).as("the token itself is never stored").isZero();

        assertThat(commandLine.execute(List.of("list"))).isZero();
        assertThat(output.getOut()).contains("disnaker-pemalang", "active").doesNotContain(printed.substring(4, 20) + "\n");

        assertThat(commandLine.execute(List.of("revoke", "disnaker-pemalang"))).isZero();
        assertThat(tokens.authenticate(printed)).isEmpty();
    }

    @Test
    void badArgumentsPrintUsageAndFail(CapturedOutput output) {
        assertThat(commandLine.execute(List.of("issue", "Not An Id", "X", "REPORT_CASES"))).isEqualTo(2);
        assertThat(commandLine.execute(List.of("issue", "dinas-x", "X", "EVERYTHING"))).isEqualTo(2);
        assertThat(commandLine.execute(List.of("frobnicate"))).isEqualTo(2);
        assertThat(output.getOut()).contains("Usage: agencies issue");
    }

    @Test
    void outsideTheDemoProfileNoAgencyAndNoPredictableTokenExists() {
        assertThat(tokens.list()).extracting(AgencyClient::agencyId).doesNotContain("kemnaker", "disnaker-batang", "kejari-pekalongan");
        assertThat(tokens.authenticate("demo-token-kemnaker")).isEmpty();
        assertThat(tokens.authenticate("demo-token-kejari-pekalongan")).isEmpty();
    }
}
