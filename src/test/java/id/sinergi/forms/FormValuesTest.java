package id.sinergi.forms;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.system.Markdown;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a form writes amounts and dates (issue 12: "Rp182.500.000", "8 Desember 2026 pukul 09.00 WIB"). */
class FormValuesTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static Map<String, Object> shown(Map<String, Object> variables) {
        return new FormValues().of(new id.sinergi.system.TaskFormContext.FormTask("t", "p", "k", "i", "b"), variables);
    }

    @Test
    void amountsAreRupiahWithDotsAndCountsStayCounts() {
        var shown = shown(Map.of("arrearsAmount", 182_500_000L, "fineAmount", 182_500, "planTotal", 4_324_320L,
                "monthsInArrears", 10, "foundMonthsInArrears", 4, "workersAffected", 12));
        assertThat(shown).containsEntry("arrearsAmountText", "Rp182.500.000")
                .containsEntry("fineAmountText", "Rp182.500")
                .containsEntry("planTotalText", "Rp4.324.320")
                .doesNotContainKeys("monthsInArrearsText", "foundMonthsInArrearsText", "workersAffectedText");
    }

    @Test
    void datesAndMomentsAreWrittenInIndonesianInTheOfficeZone() {
        Date nineInJakarta = Date.from(ZonedDateTime.of(2026, 12, 8, 9, 0, 0, 0, JAKARTA).toInstant());
        Date endOfDay = Date.from(ZonedDateTime.of(2026, 12, 8, 23, 59, 59, 0, JAKARTA).toInstant());
        Date midnight = Date.from(ZonedDateTime.of(2027, 1, 4, 0, 0, 0, 0, JAKARTA).toInstant());
        var shown = shown(Map.of("inspectionDate", "2026-12-08", "courtJudgmentDue", endOfDay,
                "scheduledAt", nineInJakarta, "fineDeadline", midnight, "complianceDate", "2026-12-08T09:00:00",
                "caseNumber", "ENF-2026-000017", "reference", "2026-12-08"));
        assertThat(shown).containsEntry("inspectionDateText", "8 Desember 2026")
                .containsEntry("courtJudgmentDueText", "8 Desember 2026 pukul 23.59 WIB")
                .containsEntry("scheduledAtText", "8 Desember 2026 pukul 09.00 WIB")
                .containsEntry("fineDeadlineText", "4 Januari 2027")
                .containsEntry("complianceDateText", "8 Desember 2026 pukul 09.00 WIB")
                // Identifiers and free text are not dates, even when they look like one.
                .doesNotContainKeys("caseNumberText", "referenceText");
    }

    @Test
    void typedTextIsShownAsWrittenNeverAsFormatting() {
        assertThat(Markdown.text("PT *Maju* [klik](http://x) | <b>"))
                .isEqualTo("PT \\*Maju\\* \\[klik\\](http://x) \\| \\<b\\>");
        assertThat(Markdown.text("# judul\n- butir\n12. nomor\nDN-BTG/2026/077"))
                .isEqualTo("\\# judul  \n\\- butir  \n12\\. nomor  \nDN-BTG/2026/077");
        assertThat(Markdown.cell("baris\nkedua")).isEqualTo("baris kedua");
        assertThat(Markdown.text(null)).isEmpty();
    }
}
