package id.sinergi.matching;

import id.sinergi.system.Hashes;
import id.sinergi.system.Sequences;
import id.sinergi.system.Uploads;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Takes the uploaded file into the register, in the start's own transaction: a file that cannot be read
 * refuses the upload (400 naming {@code matchingFile}) and leaves nothing behind; a readable one is stored
 * line by line under a new import id, and only that id continues in the engine. The file itself was a
 * transient variable (see {@link Uploads}) and is gone when this transaction ends.
 */
@Component("storeMatchingFile")
class StoreMatchingFileDelegate implements JavaDelegate {

    private final MatchingImports imports;
    private final Sequences sequences;
    private final MatchingSettings settings;
    private final IdentityService identity;
    private final Clock clock;

    StoreMatchingFileDelegate(MatchingImports imports, Sequences sequences, MatchingSettings settings,
                              @Lazy IdentityService identity, Clock clock) {
        this.imports = imports;
        this.sequences = sequences;
        this.settings = settings;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FileValue file = execution.getVariableTyped(DataMatching.Vars.MATCHING_FILE);
        byte[] content = Uploads.bytesOf(file);
        var lines = MatchingFile.read(content, settings.maxRows());
        OffsetDateTime now = OffsetDateTime.now(clock);
        int year = now.atZoneSameInstant(id.sinergi.calendar.Zones.OFFICE).getYear();
        String importId = "PMD-%d-%06d".formatted(year, sequences.nextUnique("data-matching", year));
        var officer = identity.getCurrentAuthentication();
        String uploadedBy = officer == null ? "sinergi" : officer.getUserId();
        String runNote = (String) execution.getVariable(DataMatching.Vars.RUN_NOTE);
        imports.insert(importId, file.getFilename(), Hashes.sha256(content), runNote, uploadedBy, now, lines);
        imports.attachProcess(importId, execution.getProcessInstanceId());
        execution.removeVariable(DataMatching.Vars.MATCHING_FILE);
        execution.setVariable(DataMatching.Vars.IMPORT_ID, importId);
        execution.setVariable(DataMatching.Vars.UPLOADED_BY, uploadedBy);
        DataMatching.showProgress(execution, imports.recount(importId, now));
    }
}
