-- Instalment plans (cicilan) an employer signs at inspection, after a warning or at the prosecutor. The
-- plan and its instalments are records the instalment-plan process writes and the agency API reads; the
-- case's current plan is its latest by created_at. Amounts are whole rupiah.
CREATE TABLE instalment_plan (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_number  VARCHAR(20)   NOT NULL REFERENCES enforcement_case (case_number),
    made_at      VARCHAR(20)   NOT NULL,  -- INSPECTION, WARNING, PROSECUTOR
    status       VARCHAR(10)   NOT NULL,  -- ACTIVE, PAID_OFF, DEFAULTED
    total        NUMERIC(17,0) NOT NULL,
    signed_on    DATE          NOT NULL,
    reference    VARCHAR(100),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX instalment_plan_case ON instalment_plan (case_number, created_at);
CREATE TABLE instalment (
    plan_id      VARCHAR(36)   NOT NULL REFERENCES instalment_plan (id),
    seq          INT           NOT NULL,
    due_date     DATE          NOT NULL,
    amount       NUMERIC(17,0) NOT NULL,
    paid_amount  NUMERIC(17,0) NOT NULL DEFAULT 0,
    paid_on      DATE,
    PRIMARY KEY (plan_id, seq)
);
