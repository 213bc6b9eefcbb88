package id.sinergi.document;

import id.sinergi.agency.ApiAuthenticationFilter;
import id.sinergi.system.StaffUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which case or agreement a Tasklist task works on: the "Dokumen" tab asks this before it lists or uploads. */
@RestController
@RequestMapping(path = "/api/staff", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Case documents (staff)")
@SecurityRequirement(name = "staffBasic")
class TaskRecordController {

    private final TaskRecords records;

    TaskRecordController(TaskRecords records) {
        this.records = records;
    }

    @Operation(summary = "The case or agreement a task works on", description = "For tasks of the enforcement-case, "
            + "instalment-plan and agreement processes: `recordType` (`enforcement-cases` or `agreements`), `recordId` and "
            + "the URL of its documents. Only for the task's assignee, its candidates and administrators.")
    @ApiResponse(responseCode = "200", description = "The record")
    @ApiResponse(responseCode = "403", description = "The caller may not see the task", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such open task, or a task of no case or agreement", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/tasks/{taskId}/record")
    TaskRecords.TaskRecord record(@RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff, @PathVariable String taskId) {
        return records.of(staff, taskId);
    }

    @Operation(summary = "The case or agreement a process instance works on", description = "For running instances of the "
            + "enforcement-case, instalment-plan and agreement processes, as Cockpit's \"Berkas kasus\" tab asks: "
            + "`recordType` (`enforcement-cases` or `agreements`), `recordId` and the URL of its documents. Only for who "
            + "may read the instance in the engine (managers) and administrators.")
    @ApiResponse(responseCode = "200", description = "The record")
    @ApiResponse(responseCode = "403", description = "The caller may not read the process instance", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such running instance, or an instance of no case or agreement",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/process-instances/{processInstanceId}/record")
    TaskRecords.TaskRecord processInstanceRecord(@RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff,
                                                 @PathVariable String processInstanceId) {
        return records.ofInstance(staff, processInstanceId);
    }
}
