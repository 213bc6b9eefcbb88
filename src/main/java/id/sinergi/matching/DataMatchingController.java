package id.sinergi.matching;

import id.sinergi.agency.ApiAuthenticationFilter;
import id.sinergi.system.ApiProblem;
import id.sinergi.system.Groups;
import id.sinergi.system.StaffUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a data-matching import stands, and its result line by line (the link the review form shows), for
 * enforcement officers and managers. The result holds NIBs, results and case numbers, never the names,
 * NPWPs or emails of the uploaded file.
 */
@RestController
@RequestMapping(path = "/api/staff/data-matching")
@Tag(name = "Data matching (staff)", description = "Uploads of data-matching results (pemadanan data), for the branch's staff")
@SecurityRequirement(name = "staffBasic")
class DataMatchingController {

    static final String RESULT_HEADER = "line,nib,result,case_number,field,reason";

    private final MatchingImports imports;

    DataMatchingController(MatchingImports imports) {
        this.imports = imports;
    }

    @Operation(summary = "One import: its file, who uploaded it, its counts and whether it is done")
    @GetMapping(path = "/{importId}", produces = MediaType.APPLICATION_JSON_VALUE)
    MatchingImports.Summary summary(@RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff,
                                    @Parameter(description = "Import id", example = "PMD-2026-000001") @PathVariable String importId) {
        allow(staff);
        return imports.find(importId).orElseThrow(() -> notFound(importId));
    }

    @Operation(summary = "The result of each line, as CSV", description = "Columns: " + RESULT_HEADER + ". 'line' is the "
            + "line in the uploaded file (the header is line 1); 'result' is CREATED, DUPLICATE, INVALID, or empty while "
            + "the line waits to be processed.")
    @GetMapping(path = "/{importId}/result.csv", produces = "text/csv")
    ResponseEntity<byte[]> result(@RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff,
                                  @Parameter(description = "Import id", example = "PMD-2026-000001") @PathVariable String importId) {
        allow(staff);
        imports.find(importId).orElseThrow(() -> notFound(importId));
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(RESULT_HEADER.split(",")).get())) {
            for (var row : imports.results(importId)) {
                csv.printRecord(row.rowNo(), row.employerNib(), row.result(), row.caseNumber(), row.field(), row.reason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hasil-" + importId + ".csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void allow(StaffUser staff) {
        if (!staff.isIn(Groups.ENFORCEMENT_OFFICERS, Groups.MANAGERS, Groups.ADMINS)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Data-matching imports are for enforcement officers and managers.");
        }
    }

    private static ApiProblem notFound(String importId) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No data-matching import " + importId + ".");
    }
}
