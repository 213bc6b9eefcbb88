package id.sinergi.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.matching.MatchingFile;
import id.sinergi.system.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The body of a bulk report, read before anything is stored: {@code {"reports": [...]}} in JSON, or the
 * data-matching CSV. What makes the whole body unusable (empty, too many reports, a wrong CSV header) refuses
 * the request naming the field at fault; a bad report is only that report's problem, found when it is
 * processed ({@link BatchRowReport}).
 */
final class BatchEnvelope {

    /** The longest report kept (case_batch_row.payload in V26__enforcement_case_batches.sql). */
    static final int MAX_REPORT_CHARS = 16_000;

    record Parsed(CaseBatches.Format format, List<CaseBatches.NewRow> rows, byte[] canonical) {
    }

    private BatchEnvelope() {
    }

    static Parsed read(String contentType, byte[] body, int maxReports, ObjectMapper json) {
        MediaType type = MediaType.parseMediaType(contentType);
        if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            return readJson(body, maxReports, json);
        }
        return readCsv(body, maxReports);
    }

    private static Parsed readJson(byte[] body, int maxReports, ObjectMapper json) {
        if (body == null || body.length == 0) {
            throw invalid("reports", "is missing: send {\"reports\": [ ... ]} with 1 to %d reports".formatted(maxReports));
        }
        JsonNode envelope;
        try {
            envelope = json.readTree(body);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", "The request body is not valid JSON"
                    + (location == null ? "" : " at line %d, column %d".formatted(location.getLineNr(), location.getColumnNr())) + ".");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        if (envelope == null || !envelope.isObject()) {
            throw invalid("reports", "is missing: the body must be an object {\"reports\": [ ... ]}");
        }
        var names = envelope.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("reports")) {
                throw invalid(name, "unknown field");
            }
        }
        JsonNode reports = envelope.get("reports");
        if (reports == null || !reports.isArray()) {
            throw invalid("reports", "must be an array of reports");
        }
        checkCount(reports.size(), maxReports);
        List<CaseBatches.NewRow> rows = new ArrayList<>(reports.size());
        for (JsonNode report : reports) {
            if (!report.isObject()) {
                rows.add(new CaseBatches.NewRow(null, "report", "must be a JSON object, as the body of POST /api/v1/enforcement-cases"));
                continue;
            }
            String text = report.toString();
            rows.add(text.length() > MAX_REPORT_CHARS
                    ? new CaseBatches.NewRow(null, "report", "is longer than %d characters".formatted(MAX_REPORT_CHARS))
                    : new CaseBatches.NewRow(text, null, null));
        }
        byte[] canonical;
        try {
            canonical = json.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new Parsed(CaseBatches.Format.JSON, rows, canonical);
    }

    private static Parsed readCsv(byte[] body, int maxReports) {
        if (body == null || body.length == 0) {
            throw invalid("header", "is missing: the first line must name the columns " + String.join(",", MatchingFile.COLUMNS));
        }
        List<MatchingFile.Line> lines;
        try {
            lines = MatchingFile.read(body, maxReports, "csv");
        } catch (FormFieldValidationException refused) {
            // MatchingFile names one field for the whole file; the API names the part of it at fault.
            String message = refused.getMessage().replaceFirst("^'csv': ", "");
            String field = message.startsWith("the header") || message.startsWith("the file is empty") ? "header"
                    : message.startsWith("the file has more than") ? "reports"
                    : message.contains(" rows") ? "rows" : "body";
            throw invalid(field, message);
        }
        checkCount(lines.size(), maxReports);
        List<CaseBatches.NewRow> rows = new ArrayList<>(lines.size());
        for (var line : lines) {
            rows.add(line.problem() == null ? new CaseBatches.NewRow(line.raw(), null, null)
                    : new CaseBatches.NewRow(null, "row", line.problem()));
        }
        byte[] prefix = "text/csv\n".getBytes(StandardCharsets.UTF_8);
        byte[] canonical = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, canonical, 0, prefix.length);
        System.arraycopy(body, 0, canonical, prefix.length, body.length);
        return new Parsed(CaseBatches.Format.CSV, rows, canonical);
    }

    private static void checkCount(int count, int maxReports) {
        if (count == 0) {
            throw invalid("reports", "must hold at least one report");
        }
        if (count > maxReports) {
            throw invalid("reports", "must hold at most %d reports; split them into several batches".formatted(maxReports));
        }
    }

    /** The same 400 shape as Bean Validation's: {@code errors: [{field, message}]}. */
    static ApiProblem invalid(String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", field + " " + message)
                .with("errors", List.of(Map.of("field", field, "message", message)));
    }
}
