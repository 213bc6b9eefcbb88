-- The verification of each compliance report: when, by whom and why, for the agency that reported it.
ALTER TABLE compliance_report ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE compliance_report ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE compliance_report ADD COLUMN decision_notes VARCHAR(1000);
