package id.sinergi.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.sinergi.enforcement.CaseReport;
import id.sinergi.matching.MatchingFile;
import id.sinergi.matching.MatchingRowReport;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One stored report of a batch as a {@link CaseReport}, or the field at fault: a JSON report is read with the
 * application's strict JSON rules (as the single-report API reads its body), a CSV line as a data-matching line.
 */
final class BatchRowReport {

    private BatchRowReport() {
    }

    static MatchingRowReport.Parsed parse(CaseBatches.Format format, int rowNo, String payload, ObjectMapper json) {
        if (format == CaseBatches.Format.CSV) {
            return MatchingRowReport.parse(MatchingFile.Line.fromRaw(rowNo, payload));
        }
        try {
            return new MatchingRowReport.Parsed(json.readValue(payload, CaseReport.class), null, null);
        } catch (UnrecognizedPropertyException unknown) {
            return MatchingRowReport.Parsed.invalid(path(unknown), "unknown field");
        } catch (InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            return MatchingRowReport.Parsed.invalid(path(invalid), target != null && target.isEnum()
                    ? "must be one of: " + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
                    : "has the wrong type or is out of range");
        } catch (JsonMappingException mapping) {
            return MatchingRowReport.Parsed.invalid(mapping.getPath().isEmpty() ? "report" : path(mapping),
                    "has the wrong type or is out of range");
        } catch (JsonProcessingException unreadable) {
            return MatchingRowReport.Parsed.invalid("report", "is not readable as JSON");
        }
    }

    /** The field as the request names it: {@code violation.workersAffected}. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
