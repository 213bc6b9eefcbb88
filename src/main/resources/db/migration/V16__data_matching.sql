-- Data-matching uploads (pemadanan data): one row per uploaded file, one per line of it. A line keeps its
-- raw text only until it is processed (it holds names, NPWP and emails); afterwards only the NIB, the
-- result and, for a created or duplicate row, the case number remain.
CREATE TABLE matching_import (
    import_id            VARCHAR(20)   NOT NULL PRIMARY KEY,
    process_instance_id  VARCHAR(64),
    file_name            VARCHAR(200)  NOT NULL,
    file_sha256          VARCHAR(64)   NOT NULL,
    run_note             VARCHAR(300),
    uploaded_by          VARCHAR(64)   NOT NULL,
    uploaded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    total_rows           INT           NOT NULL,
    processed_rows       INT           NOT NULL,
    created_count        INT           NOT NULL,
    duplicate_count      INT           NOT NULL,
    invalid_count        INT           NOT NULL,
    status               VARCHAR(12)   NOT NULL,
    finished_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX matching_import_file ON matching_import (file_sha256);

CREATE TABLE matching_row (
    import_id     VARCHAR(20)   NOT NULL REFERENCES matching_import (import_id),
    row_no        INT           NOT NULL,
    raw_line      VARCHAR(4000),
    employer_nib  VARCHAR(13),
    -- NIB, violation and the run's reference: the same line uploaded again is the same row.
    row_key       VARCHAR(64),
    result        VARCHAR(10),
    case_number   VARCHAR(20),
    field         VARCHAR(40),
    reason        VARCHAR(300),
    PRIMARY KEY (import_id, row_no)
);
CREATE INDEX matching_row_pending ON matching_row (import_id, result, row_no);
CREATE INDEX matching_row_key ON matching_row (row_key, result);
