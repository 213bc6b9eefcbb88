package id.sinergi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.agreement.AgreementDriver;
import id.sinergi.agreement.AgreementProcess.Elements;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The partner's contact receives each draft round and the reminder by real SMTP, each letter once. */
class AgreementMailTest extends AbstractLetterMailTest {

    @Test
    void eachDraftRoundAndTheReminderReachThePartnersContact() throws Exception {
        var driver = AgreementDriver.start(engine, AgreementDriver.proposal("PKS", "LABOUR_OFFICE", false))
                .explore("GO").legalReview("APPROVE", "sesuai");

        MimeMessage draft = single(received());
        assertThat(((InternetAddress) draft.getRecipients(Message.RecipientType.TO)[0]).getAddress())
                .isEqualTo("pengawasan@disnaker-batang.example");
        assertThat(draft.getSubject()).contains("Draf Perjanjian Kerja Sama", "putaran 1");
        String number = draft.getHeader(MailDelivery.LETTER_NUMBER_HEADER)[0];
        String body = MailedLetter.text(draft);
        assertThat(body).contains(driver.agreementId, "Dinas Tenaga Kerja Kabupaten Batang", "putaran pembahasan ke-1",
                "Nomor : " + number);
        // No signatory level is decided during drafting: the branch head signs (application.yaml).
        assertThat(body).contains("Kepala Kantor Cabang Pekalongan", "NPP 01234");
        assertThat(MailedLetter.coverNote(draft)).contains("Penyampaian Draf Perjanjian Nomor " + number);
        assertThat(number).matches("\\d{5}/DRF/PKL/[IVX]+/\\d{4}");
        assertThat(letterRepository.forCase(driver.agreementId + "-R1")).filteredOn(l -> l.kind() == LetterKind.AGREEMENT_DRAFT)
                .singleElement().satisfies(letter -> assertThat(letter.number()).isEqualTo(number));
        // The draft itself travels with the letter, as version 1 of the text, marked as a draft.
        var drafts = MailedLetter.enclosures(draft);
        assertThat(drafts).hasSize(1);
        assertThat(body).contains("Lampiran : 1 (satu) berkas", "Draf Naskah Perjanjian Nomor ");
        String text = LetterText.of(drafts.values().iterator().next());
        assertThat(text).contains("DRAF PERJANJIAN KERJA SAMA", "DINAS TENAGA KERJA KABUPATEN BATANG", "Versi putaran ke-1",
                "DRAF - bukan naskah yang ditandatangani", "Pasal 10 Penutup", "Lampiran Surat Nomor " + number);

        driver.fireTimer(Elements.DRAFT_REMINDER);
        assertThat(received()).hasSize(2);
        assertThat(received()[1].getSubject()).contains("Pengingat tanggapan draf");

        driver.partnerResponds("CHANGES_REQUESTED", "Pasal 5 diubah").reviseDraft();
        assertThat(Arrays.stream(received()).map(this::subject)).hasSize(3).last().asString().contains("putaran 2");
        var secondRound = MailedLetter.enclosures(received()[2]);
        assertThat(LetterText.of(secondRound.values().iterator().next())).contains("Versi putaran ke-2");
    }

    /** Once registered, the partner receives the number and the registered text, signed by the branch. */
    @Test
    void theRegisteredTextReachesThePartnerWithItsNumber() throws Exception {
        var driver = AgreementDriver.start(engine, AgreementDriver.proposal("MOU", "LABOUR_OFFICE", false))
                .throughConcept().sign("2026-11-02", "2026-11-04");
        String agreementNumber = (String) driver.variable("agreementNumber");

        MimeMessage registered = Arrays.stream(received())
                .filter(m -> subject(m).contains("telah diregistrasi")).findFirst().orElseThrow();
        assertThat(MailedLetter.text(registered)).contains("Nomor " + agreementNumber, "Naskah Perjanjian Terdaftar Nomor ",
                "berlaku sejak 4 November 2026");
        var texts = MailedLetter.enclosures(registered);
        assertThat(texts).hasSize(1);
        byte[] pdf = texts.values().iterator().next();
        assertThat(LetterText.of(pdf)).contains("NOTA KESEPAHAMAN", "Nomor register perjanjian: " + agreementNumber,
                "Kepala Disnaker Batang", "menandatangani pada tanggal 4 November 2026", "Pasal 7 Penutup")
                .doesNotContain("DRAF", "Keadaan Kahar");
        assertThat(id.sinergi.signature.PdfSignatureCheck.check(pdf).intact()).isTrue();
    }

    private String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage single(MimeMessage[] messages) {
        assertThat(messages).hasSize(1);
        return messages[0];
    }
}
