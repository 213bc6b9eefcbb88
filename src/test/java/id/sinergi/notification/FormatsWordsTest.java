package id.sinergi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in words the way Indonesian letters spell out a period: "10 (sepuluh) hari kerja". */
class FormatsWordsTest {

    @ParameterizedTest
    @CsvSource({
            "0, nol", "1, satu", "3, tiga", "10, sepuluh", "11, sebelas", "12, dua belas", "14, empat belas",
            "19, sembilan belas", "20, dua puluh", "21, dua puluh satu", "30, tiga puluh", "45, empat puluh lima",
            "99, sembilan puluh sembilan", "100, seratus", "101, seratus satu", "111, seratus sebelas",
            "250, dua ratus lima puluh", "1000, seribu", "1500, seribu lima ratus", "2000, dua ribu",
            "12345, dua belas ribu tiga ratus empat puluh lima", "100000, seratus ribu",
            "1000000, satu juta", "500000000, lima ratus juta", "1000000000, satu miliar"})
    void spellsNumbersAsIndonesianWriting(long number, String words) {
        assertThat(Formats.words(number)).isEqualTo(words);
    }

    @Test
    void periodsCarryDigitsWordsAndUnit() {
        assertThat(Formats.workingDays(10)).isEqualTo("10 (sepuluh) hari kerja");
        assertThat(Formats.workingDays(3)).isEqualTo("3 (tiga) hari kerja");
        assertThat(Formats.calendarDays(30)).isEqualTo("30 (tiga puluh) hari");
        assertThat(Formats.calendarDays(14)).isEqualTo("14 (empat belas) hari");
    }
}
