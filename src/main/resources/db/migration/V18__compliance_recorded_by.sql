-- The staff member who entered a compliance report at the branch (the case file names who did what).
ALTER TABLE compliance_report ADD COLUMN recorded_by VARCHAR(64);
