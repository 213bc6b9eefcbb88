package id.sinergi.matching;

import id.sinergi.system.ContractViolationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV a matching run produces, as the README documents it: UTF-8 (a byte-order mark is allowed), a
 * header line naming {@link #COLUMNS} in any order, comma- or semicolon-separated (a spreadsheet saved in
 * the Indonesian locale writes semicolons), fields quoted when they hold the separator. What makes the
 * whole file unreadable refuses the upload, naming {@code matchingFile}; a bad line is only that line's
 * problem, reported in the result.
 */
public final class MatchingFile {

    public static final List<String> COLUMNS = List.of("nib", "npwp", "name", "address", "email", "size_class", "violation",
            "workers", "arrears", "months", "reference");
    static final String FIELD = DataMatching.Vars.MATCHING_FILE;
    private static final int MAX_LINE = 4000;

    /** One line of the file: its line number in the file (the header is line 1) and its values by column. */
    public record Line(int rowNo, List<String> values, String problem) {
        public String value(String column) {
            return values.get(COLUMNS.indexOf(column));
        }

        /** The line again as CSV, to be kept until it is processed. */
        public String raw() {
            return CSVFormat.RFC4180.format(values.toArray());
        }

        public static Line fromRaw(int rowNo, String raw) {
            try (var parser = CSVFormat.RFC4180.parse(new StringReader(raw))) {
                return new Line(rowNo, parser.getRecords().get(0).toList(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private MatchingFile() {
    }

    static List<Line> read(byte[] content, int maxRows) {
        return read(content, maxRows, FIELD);
    }

    /**
     * As {@link #read(byte[], int)}, naming {@code field} as the one at fault: the agency API's bulk reports
     * take the same CSV in a request body.
     */
    public static List<Line> read(byte[] content, int maxRows, String field) {
        String text = decode(content, field);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstBreak = text.indexOf('\n');
        String header = (firstBreak < 0 ? text : text.substring(0, firstBreak)).strip();
        if (header.isEmpty()) {
            throw refuse(field, "the file is empty; its first line must be the header " + String.join(",", COLUMNS));
        }
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        List<String> columns = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        try (var parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (columns.isEmpty()) {
                    record.forEach(name -> columns.add(name.strip().toLowerCase(Locale.ROOT)));
                    checkHeader(columns, field);
                    continue;
                }
                if (record.stream().allMatch(String::isBlank)) {
                    // A line of spaces or of separators only: what a spreadsheet writes for a formatted empty row.
                    continue;
                }
                if (lines.size() == maxRows) {
                    throw refuse(field, "the file has more than %d rows; split it into several uploads".formatted(maxRows));
                }
                lines.add(line(record, columns));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw refuse(field, "the file is not valid CSV: " + malformed.getMessage());
        }
        if (lines.isEmpty()) {
            throw refuse(field, "the file has a header but no rows");
        }
        return lines;
    }

    private static Line line(CSVRecord record, List<String> columns) {
        int rowNo = (int) record.getRecordNumber();
        if (record.size() != columns.size()) {
            return new Line(rowNo, List.of(), "expected %d values, found %d".formatted(columns.size(), record.size()));
        }
        List<String> values = new ArrayList<>(COLUMNS.size());
        for (String column : COLUMNS) {
            values.add(record.get(columns.indexOf(column)));
        }
        var line = new Line(rowNo, values, null);
        return line.raw().length() > MAX_LINE ? new Line(rowNo, List.of(), "the line is longer than " + MAX_LINE + " characters") : line;
    }

    private static void checkHeader(List<String> columns, String field) {
        var missing = COLUMNS.stream().filter(c -> !columns.contains(c)).toList();
        var unknown = columns.stream().filter(c -> !COLUMNS.contains(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty() || columns.size() != COLUMNS.size()) {
            throw refuse(field, "the header must name the columns %s (any order)%s%s".formatted(String.join(",", COLUMNS),
                    missing.isEmpty() ? "" : "; missing: " + String.join(",", missing),
                    unknown.isEmpty() ? "" : "; unknown or repeated: " + String.join(",", unknown)));
        }
    }

    private static String decode(byte[] content, String field) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw refuse(field, "the file is not UTF-8 text; save it from the spreadsheet as 'CSV UTF-8'");
        }
        // Lines are stored as sent until processed, and PostgreSQL's text cannot hold a NUL: without this check the
        // whole upload failed there with a database error, while on H2 the row came out INVALID.
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            long line = text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
            throw refuse(field, "line %d of the file contains a NUL character, which text never has; save it from the spreadsheet as 'CSV UTF-8'"
                    .formatted(line));
        }
        return text;
    }

    private static ContractViolationException refuse(String field, String reason) {
        return new ContractViolationException(field, "'" + field + "': " + reason);
    }
}
