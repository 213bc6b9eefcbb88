package id.sinergi.agency;

import id.sinergi.system.ApiProblem;
import id.sinergi.system.PlainText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Camunda administrators manage the agencies' API clients: issue (or rotate) a token, list, revoke. */
@RestController
@RequestMapping(path = "/api/admin/agencies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Agency clients (admin)", description = "For Camunda administrators, with HTTP Basic")
@SecurityRequirement(name = "adminBasic")
class AgencyAdminController {

    private final AgencyTokens tokens;
    private final ApiAudit audit;

    AgencyAdminController(AgencyTokens tokens, ApiAudit audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    record IssueRequest(
            @Schema(description = "Lowercase words joined by hyphens", example = "disnaker-batang")
            @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lowercase words joined by hyphens")
            String agencyId,
            @Schema(description = "Agency name", example = "Dinas Ketenagakerjaan Kabupaten Batang") @NotBlank @PlainText(max = 200) String name,
            @Schema(description = "What the agency may do besides reading its cases") @NotEmpty Set<@NotNull Scope> scopes,
            @Schema(description = "Overrides the default rate limit", nullable = true) @Min(1) @Max(100_000) Integer requestsPerMinute) {
    }

    @Schema(description = "An agency's API client; never the token")
    record ClientView(@Schema(description = "Agency id") String agencyId,
                      @Schema(description = "The agreement whose data exchange created or uses this client", nullable = true)
                      String agreementId,
                      @Schema(description = "Agency name") String name,
                      @Schema(description = "What the agency may do") Set<Scope> scopes,
                      @Schema(description = "Last characters of the current token, to tell tokens apart") String tokenHint,
                      @Schema(description = "Own rate limit; null uses the configured default", nullable = true) Integer requestsPerMinute,
                      @Schema(description = "When the client was created") OffsetDateTime createdAt,
                      @Schema(description = "When its token was revoked", nullable = true) OffsetDateTime revokedAt,
                      @Schema(description = "False once revoked") boolean active) {
        static ClientView of(AgencyClient c) {
            return new ClientView(c.agencyId(), c.agreementId(), c.name(), c.scopes(), c.tokenHint(), c.requestsPerMinute(),
                    c.createdAt(), c.revokedAt(), c.isActive());
        }
    }

    @Schema(description = "A newly issued token")
    record IssuedView(@Schema(description = "The client") ClientView client, @Schema(description = "Shown once; only its hash is stored") String token) {
    }

    @Operation(summary = "Issue a token", description = "Creates the agency's client, or gives it a new token (the old one stops working).")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IssuedView> issue(@RequestAttribute(ApiAuthenticationFilter.ADMIN) String admin,
                                     @Valid @RequestBody IssueRequest body, HttpServletRequest request) {
        var issued = tokens.issue(body.agencyId(), body.name(), body.scopes(), body.requestsPerMinute());
        audit.record(ApiCall.of(request, "admin:" + admin), null, "AGENCY_TOKEN_ISSUED",
                "agency " + body.agencyId() + ", scopes " + body.scopes());
        return ResponseEntity.created(URI.create("/api/admin/agencies/" + body.agencyId()))
                .body(new IssuedView(ClientView.of(issued.client()), issued.token()));
    }

    @Operation(summary = "All API clients")
    @GetMapping
    List<ClientView> list() {
        return tokens.list().stream().map(ClientView::of).toList();
    }

    @Operation(summary = "One API client")
    @GetMapping("/{agencyId}")
    ClientView find(@PathVariable String agencyId) {
        return tokens.find(agencyId).map(ClientView::of).orElseThrow(() -> notFound(agencyId));
    }

    @Operation(summary = "Give the agency a new token", description = "Keeps its name, scopes and agreement; the old "
            + "token stops working. This is how the client an agreement's go-live created gets its first token.")
    @PostMapping("/{agencyId}/token")
    ResponseEntity<IssuedView> rotate(@RequestAttribute(ApiAuthenticationFilter.ADMIN) String admin,
                                      @PathVariable String agencyId, HttpServletRequest request) {
        var issued = tokens.rotate(agencyId).orElseThrow(() -> notFound(agencyId));
        audit.record(ApiCall.of(request, "admin:" + admin), null, "AGENCY_TOKEN_ROTATED", "agency " + agencyId);
        return ResponseEntity.status(HttpStatus.CREATED).body(new IssuedView(ClientView.of(issued.client()), issued.token()));
    }

    @Operation(summary = "Revoke the agency's token", description = "Its next call answers 401.")
    @DeleteMapping("/{agencyId}/token")
    ResponseEntity<Void> revoke(@RequestAttribute(ApiAuthenticationFilter.ADMIN) String admin,
                                @PathVariable String agencyId, HttpServletRequest request) {
        if (tokens.find(agencyId).isEmpty()) {
            throw notFound(agencyId);
        }
        if (tokens.revoke(agencyId)) {
            audit.record(ApiCall.of(request, "admin:" + admin), null, "AGENCY_TOKEN_REVOKED", "agency " + agencyId);
        }
        return ResponseEntity.noContent().build();
    }

    private static ApiProblem notFound(String agencyId) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "agency-not-found", "Agency not found", "No API client " + agencyId + ".");
    }
}
