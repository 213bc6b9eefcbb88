package id.sinergi.forms;

import id.sinergi.calendar.Zones;
import id.sinergi.notification.Formats;
import id.sinergi.notification.Letter;
import id.sinergi.system.Markdown;
import java.util.List;

/** The letters issued on a record, as a form shows them: a Markdown table by number, kind, addressee, date. */
public final class LetterTable {

    private LetterTable() {
    }

    /**
     * The table of the given letters, oldest first as the agenda numbers them.
     *
     * @param onRecord how the record is named when it has none yet, e.g. "kasus ini"
     */
    public static String of(List<Letter> issued, String onRecord) {
        if (issued.isEmpty()) {
            return "#### Surat yang telah diterbitkan\nBelum ada surat pada " + onRecord + ".";
        }
        StringBuilder table = new StringBuilder("#### Surat yang telah diterbitkan (" + issued.size() + ")\n\n"
                + "| Nomor | Surat | Kepada | Tanggal | Status |\n|---|---|---|---|---|\n");
        issued.forEach(letter -> table.append("| ").append(Markdown.cell(letter.number()))
                .append(" | ").append(letter.kind().title())
                .append(" | ").append(Markdown.cell(letter.recipientName()))
                .append(" | ").append(Formats.date(letter.createdAt().atZoneSameInstant(Zones.OFFICE).toLocalDate()))
                .append(" | ").append(letter.isSent() ? "Terkirim" : "Menunggu dikirim")
                .append(" |\n"));
        return table.toString();
    }
}
