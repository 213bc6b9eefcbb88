package id.sinergi.document;

import static id.sinergi.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.enforcement.EnforcementCaseProcess.Elements;
import id.sinergi.support.ApiClient;
import id.sinergi.system.Hashes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The documents of a case as partner agencies and staff use them, over real HTTP: an agency attaches a proof
 * and reads it back byte for byte, the list carries the case's letters and a letter downloads as archived;
 * anything not a PDF, JPEG or PNG by content, anything too large and any case the agency may not see is
 * refused with nothing stored. Run by the agency-API test classes, so it runs on H2 and on PostgreSQL.
 */
public interface CaseDocumentScenarios {

    String DISNAKER_TOKEN = "demo-token-disnaker-batang";
    String KEMNAKER_TOKEN = "demo-token-kemnaker";
    AtomicLong DOCUMENT_NIBS = new AtomicLong(9_170_000_000_000L + (System.nanoTime() % 100_000) * 10_000);
    byte[] PNG_PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    int port();

    ProcessEngine engine();

    JdbcClient jdbc();

    /** What came back: the raw bytes, for downloads that must match byte for byte. */
    record Received(int status, Map<String, String> headers, byte[] body) {

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + new String(body, StandardCharsets.UTF_8), e);
            }
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        /** In the shape the shared problem assertions read. */
        ApiClient.Response asText() {
            return new ApiClient.Response(status, headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    private Received send(String method, String path, Map<String, String> headers, byte[] body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path)).timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> received = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> received.put(k.toLowerCase(), String.join(",", v)));
            return new Received(response.statusCode(), received, response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A multipart form as a partner's system or curl sends it: the file with its claimed name and type, the kind. */
    private Received upload(String path, Map<String, String> auth, String fileName, String declaredType, byte[] content,
                            String kind) {
        var form = ApiClient.Multipart.of(Map.of("kind", kind, "description", "Bukti setor tunggakan iuran"),
                "file", fileName, declaredType, content);
        Map<String, String> headers = new LinkedHashMap<>(auth);
        headers.put("Content-Type", form.contentType());
        return send("POST", path, headers, form.body());
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A small employer reported by the labour office: the route sends it an outreach letter, archived as a signed PDF. */
    private String caseWithOutreachLetter() {
        String nib = Long.toString(DOCUMENT_NIBS.incrementAndGet());
        Map<String, Object> employer = new LinkedHashMap<>();
        employer.put("nib", nib);
        employer.put("npwp", "012345678901234");
        employer.put("name", "CV Batik Sido Mukti");
        employer.put("address", "Jl. Gajah Mada 1, Batang");
        employer.put("email", "hrd@sidomukti.example");
        employer.put("sizeClass", "SMALL");
        var report = Map.of("employer", employer, "reference", "DN-BTG/2026/DOK",
                "violation", Map.of("type", "UNREGISTERED", "workersAffected", 6, "arrearsAmount", 2_160_000,
                        "monthsInArrears", 3, "description", "6 pekerja belum didaftarkan"));
        var created = new ApiClient(port()).postJson("/api/v1/enforcement-cases", DISNAKER_TOKEN, ApiClient.json(report));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().path("caseId").asText();

        var tasks = engine().getTaskService();
        var triage = tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(Elements.TRIAGE).singleResult();
        tasks.complete(triage.getId(), Map.of("triageDecision", "ACCEPT", "triageNotes", "berdasar"));
        var management = engine().getManagementService();
        var instance = engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
        var job = management.createJobQuery().processInstanceId(instance.getId()).activityId(Elements.SEND_OUTREACH_LETTER)
                .messages().singleResult();
        assertThat(job).as("outreach letter job of %s", caseId).isNotNull();
        management.executeJob(job.getId());
        return caseId;
    }

    private long documentsOf(String caseId) {
        return jdbc().sql("SELECT COUNT(*) FROM case_document WHERE record_type = 'ENFORCEMENT_CASE' AND record_id = ?")
                .param(caseId).query(Long.class).single();
    }

    @Test
    default void anAgencyAttachesAProofAndReadsItBackByteForByteWithTheCasesLetters() {
        String caseId = caseWithOutreachLetter();
        String documents = "/api/v1/enforcement-cases/" + caseId + "/documents";
        byte[] proof = pdf("Bukti setor BPJS Kesehatan " + caseId);

        var created = upload(documents, ApiClient.bearer(DISNAKER_TOKEN), "bukti setor/../../etc/passwd.pdf", "application/pdf",
                proof, "PROOF_OF_PAYMENT");

        assertThat(created.status()).as(new String(created.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        JsonNode view = created.json();
        assertThat(view.path("kind").asText()).isEqualTo("PROOF_OF_PAYMENT");
        assertThat(view.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(view.path("fileName").asText()).as("only the last segment of the name").isEqualTo("passwd.pdf");
        assertThat(view.path("byteSize").asInt()).isEqualTo(proof.length);
        assertThat(view.path("sha256").asText()).isEqualTo(Hashes.sha256(proof));
        assertThat(view.path("uploaderType").asText()).isEqualTo("AGENCY");
        assertThat(view.path("uploadedBy").asText()).isEqualTo("disnaker-batang");
        assertThat(view.path("description").asText()).isEqualTo("Bukti setor tunggakan iuran");
        assertThat(created.header("Location")).isEqualTo(documents + "/" + view.path("id").asLong());

        var downloaded = send("GET", created.header("Location"), ApiClient.bearer(DISNAKER_TOKEN), null);
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.header("content-type")).startsWith("application/pdf");
        assertThat(downloaded.header("content-disposition")).contains("attachment").contains("passwd.pdf");
        assertThat(downloaded.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(downloaded.body()).isEqualTo(proof);
        assertThat(Hashes.sha256(downloaded.body())).isEqualTo(view.path("sha256").asText());

        var png = upload(documents, ApiClient.bearer(DISNAKER_TOKEN), "scan.png", "image/png", PNG_PIXEL, "SIGNED_COPY");
        assertThat(png.status()).isEqualTo(201);
        assertThat(png.json().path("mediaType").asText()).isEqualTo("image/png");
        var pngBack = send("GET", png.header("Location"), ApiClient.bearer(DISNAKER_TOKEN), null);
        assertThat(pngBack.header("content-type")).startsWith("image/png");
        assertThat(pngBack.body()).isEqualTo(PNG_PIXEL);

        var listed = send("GET", documents, ApiClient.bearer(DISNAKER_TOKEN), null);
        assertThat(listed.status()).isEqualTo(200);
        JsonNode list = listed.json();
        assertThat(list.path("documents")).hasSize(2);
        assertThat(list.path("documents").get(0).path("sha256").asText()).isEqualTo(Hashes.sha256(proof));
        assertThat(list.path("letters")).hasSize(1);
        JsonNode letter = list.path("letters").get(0);
        var archived = jdbc().sql("""
                SELECT l.letter_number, d.sha256 FROM letter l JOIN letter_document d ON d.letter_id = l.id
                WHERE l.case_reference = ?""").param(caseId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2).strip()}).single();
        assertThat(letter.path("number").asText()).isEqualTo(archived[0]);
        assertThat(letter.path("kind").asText()).isEqualTo("OUTREACH");
        assertThat(letter.path("sha256").asText()).isEqualTo(archived[1]);

        var pdfLetter = send("GET", letter.path("href").asText(), ApiClient.bearer(DISNAKER_TOKEN), null);
        assertThat(pdfLetter.status()).isEqualTo(200);
        assertThat(pdfLetter.header("content-type")).startsWith("application/pdf");
        assertThat(Hashes.sha256(pdfLetter.body())).as("the archived PDF itself").isEqualTo(archived[1]);
        assertThat(pdfLetter.header("repr-digest")).isEqualTo("sha-256=:" + Base64.getEncoder()
                .encodeToString(java.util.HexFormat.of().parseHex(archived[1])) + ":");

        assertThat(jdbc().sql("SELECT action FROM api_audit WHERE case_number = ? AND action = 'DOCUMENT_ATTACHED'")
                .param(caseId).query(String.class).list()).hasSize(2);
        assertThat(jdbc().sql("SELECT channel FROM personal_data_access WHERE record_id = ? AND actor = 'disnaker-batang'")
                .param(caseId).query(String.class).list()).contains(
                "GET /api/v1/enforcement-cases/{caseId}/documents",
                "GET /api/v1/enforcement-cases/{caseId}/documents/{documentId}",
                "GET /api/v1/enforcement-cases/{caseId}/letters/{fileName}");
        assertProblem(send("GET", "/api/v1/enforcement-cases/" + caseId + "/letters/00000-XX-PKL-XI-2026.pdf",
                ApiClient.bearer(DISNAKER_TOKEN), null).asText(), 404);
    }

    @Test
    default void aRenamedExecutableAnOversizedFileAndAnotherAgencysCaseAreRefusedWithNothingStored() {
        String caseId = caseWithOutreachLetter();
        String documents = "/api/v1/enforcement-cases/" + caseId + "/documents";
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        executable[2] = (byte) 0x90;

        var renamed = upload(documents, ApiClient.bearer(DISNAKER_TOKEN), "proof.pdf", "application/pdf", executable, "PROOF_OF_PAYMENT");
        assertProblem(renamed.asText(), 415);
        assertThat(renamed.json().path("errors").get(0).path("field").asText()).isEqualTo("file");

        var zip = upload(documents, ApiClient.bearer(DISNAKER_TOKEN), "scan.png", "image/png",
                new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, "OTHER");
        assertProblem(zip.asText(), 415);

        byte[] eleven = new byte[11 * 1024 * 1024];
        System.arraycopy(pdf("besar"), 0, eleven, 0, 20);
        assertProblem(upload(documents, ApiClient.bearer(DISNAKER_TOKEN), "besar.pdf", "application/pdf", eleven,
                "PROOF_OF_PAYMENT").asText(), 413);

        var elsewhere = upload(documents, ApiClient.bearer(KEMNAKER_TOKEN), "bukti.pdf", "application/pdf", pdf("bukti"),
                "PROOF_OF_PAYMENT");
        assertProblem(elsewhere.asText(), 404);
        assertProblem(send("GET", documents, ApiClient.bearer(KEMNAKER_TOKEN), null).asText(), 404);

        var unknownKind = upload(documents, ApiClient.bearer(DISNAKER_TOKEN), "bukti.pdf", "application/pdf", pdf("bukti"), "RECEIPT");
        assertProblem(unknownKind.asText(), 400);

        assertThat(documentsOf(caseId)).isZero();
        assertThat(jdbc().sql("SELECT COUNT(*) FROM api_audit WHERE case_number = ? AND action = 'DOCUMENT_ATTACHED'")
                .param(caseId).query(Long.class).single()).isZero();

        // A document of one case is not found under another case, even one the same agency sees.
        String ownCase = caseWithOutreachLetter();
        var stored = upload(documents, ApiClient.bearer(DISNAKER_TOKEN), "bukti.pdf", "application/pdf", pdf("bukti"), "OTHER");
        assertThat(stored.status()).isEqualTo(201);
        assertProblem(send("GET", "/api/v1/enforcement-cases/" + ownCase + "/documents/" + stored.json().path("id").asLong(),
                ApiClient.bearer(DISNAKER_TOKEN), null).asText(), 404);
    }

    @Test
    default void staffAttachWithBasicAuthAndAnAgencyTokenOnTheStaffPathIsForbidden() {
        String caseId = caseWithOutreachLetter();
        String staffDocuments = "/api/staff/enforcement-cases/" + caseId + "/documents";
        byte[] scan = pdf("Berita acara pemeriksaan " + caseId);

        var created = upload(staffDocuments, ApiClient.basic("officer", "demo"), "BAP.pdf", "application/pdf", scan, "INSPECTION_RECORD");
        assertThat(created.status()).as(new String(created.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        assertThat(created.json().path("uploaderType").asText()).isEqualTo("STAFF");
        assertThat(created.json().path("uploadedBy").asText()).isEqualTo("officer");
        assertThat(send("GET", created.header("Location"), ApiClient.basic("officer", "demo"), null).body()).isEqualTo(scan);

        var agencyView = send("GET", "/api/v1/enforcement-cases/" + caseId + "/documents", ApiClient.bearer(DISNAKER_TOKEN), null).json();
        assertThat(agencyView.path("documents").get(0).path("uploaderType").asText()).isEqualTo("STAFF");
        assertThat(agencyView.path("documents").get(0).path("uploadedBy").isNull()).as("staff names stay inside").isTrue();

        assertProblem(upload(staffDocuments, ApiClient.bearer(DISNAKER_TOKEN), "BAP.pdf", "application/pdf", scan,
                "INSPECTION_RECORD").asText(), 403);
        assertProblem(upload(staffDocuments, Map.of(), "BAP.pdf", "application/pdf", scan, "INSPECTION_RECORD").asText(), 401);
        assertProblem(upload(staffDocuments, ApiClient.basic("officer", "demo"), "BAP.pdf", "application/pdf",
                Arrays.copyOf(new byte[] {'M', 'Z'}, 64), "INSPECTION_RECORD").asText(), 415);
        assertThat(documentsOf(caseId)).isOne();

        String agreementId = jdbc().sql("SELECT agreement_id FROM agreement WHERE partner_agency_id = 'disnaker-batang'")
                .query(String.class).list().get(0);
        String agreementDocuments = "/api/staff/agreements/" + agreementId + "/documents";
        var signed = upload(agreementDocuments, ApiClient.basic("partnerships", "demo"), "PKS-ttd.png", "image/png", PNG_PIXEL,
                "SIGNED_COPY");
        assertThat(signed.status()).as(new String(signed.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        var listed = send("GET", agreementDocuments, ApiClient.basic("partnerships", "demo"), null).json();
        assertThat(listed.path("documents").findValuesAsText("sha256")).contains(Hashes.sha256(PNG_PIXEL));
        assertProblem(send("GET", agreementDocuments, ApiClient.basic("officer", "demo"), null).asText(), 403);
    }
}
