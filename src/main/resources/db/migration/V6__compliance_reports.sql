-- Each compliance report an agency (or staff) sends is its own record, verified on its own task; the
-- engine carries only the report's id and, local to its verification, the facts the form shows.
CREATE TABLE compliance_report (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_number         VARCHAR(20)   NOT NULL REFERENCES enforcement_case (case_number),
    reporting_agency    VARCHAR(40),
    kind                VARCHAR(30)   NOT NULL,
    compliance_date     DATE          NOT NULL,
    amount_paid         NUMERIC(17,0),
    workers_registered  INT,
    reference           VARCHAR(100),
    idempotency_key     VARCHAR(100),
    status              VARCHAR(10)   NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX compliance_report_case ON compliance_report (case_number, received_at);
