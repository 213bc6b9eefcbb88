-- Bulk reports of agencies (POST /api/v1/enforcement-case-batches): one row per batch, one per report in
-- it. A report keeps its text (names, NPWP, emails) only until it is processed; afterwards only the NIB, the
-- outcome and, for a created or duplicate row, the case number remain, as for data-matching lines.
CREATE TABLE case_batch (
    batch_id             VARCHAR(20)   NOT NULL PRIMARY KEY,
    agency_id            VARCHAR(40)   NOT NULL,
    agency_name          VARCHAR(200)  NOT NULL,
    process_instance_id  VARCHAR(64),
    format               VARCHAR(4)    NOT NULL,
    request_id           VARCHAR(64)   NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    total_rows           INT           NOT NULL,
    processed_rows       INT           NOT NULL,
    created_count        INT           NOT NULL,
    duplicate_count      INT           NOT NULL,
    invalid_count        INT           NOT NULL,
    status               VARCHAR(12)   NOT NULL,
    finished_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX case_batch_agency ON case_batch (agency_id, submitted_at);

CREATE TABLE case_batch_row (
    batch_id      VARCHAR(20)   NOT NULL REFERENCES case_batch (batch_id),
    row_no        INT           NOT NULL,
    -- The report as sent (a JSON object, or the CSV line again), until it is processed.
    payload       VARCHAR(16000),
    employer_nib  VARCHAR(13),
    result        VARCHAR(10),
    case_number   VARCHAR(20),
    field         VARCHAR(60),
    reason        VARCHAR(300),
    PRIMARY KEY (batch_id, row_no)
);
CREATE INDEX case_batch_row_pending ON case_batch_row (batch_id, result, row_no);
