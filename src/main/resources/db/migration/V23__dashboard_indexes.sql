-- The manager's dashboard (dashboard/DashboardFigures): open cases by stage, cases opened and closed in a
-- period, the year's money by month, agreements by stage and by end date, payments by date.
CREATE INDEX enforcement_case_status_stage ON enforcement_case (status, stage);
CREATE INDEX enforcement_case_reported_at ON enforcement_case (reported_at);
CREATE INDEX enforcement_case_closed_at ON enforcement_case (closed_at);
CREATE INDEX enforcement_case_inspection_at ON enforcement_case (inspection_scheduled_at);
CREATE INDEX enforcement_case_fine_imposed_at ON enforcement_case (fine_imposed_at);
CREATE INDEX compliance_report_status_date ON compliance_report (status, compliance_date);
CREATE INDEX agreement_status_stage ON agreement (status, stage);
CREATE INDEX agreement_status_end_date ON agreement (status, end_date);
