-- What the enforcement ladder establishes, kept in the register beside the case (PP 86/2013 issue):
-- the employer's district (which licensing office withholds services), the inspection, the fine, the
-- withholding of public services and the court stage. Payments live in compliance_report (verified rows).
ALTER TABLE enforcement_case ADD COLUMN employer_district VARCHAR(40);

ALTER TABLE enforcement_case ADD COLUMN inspection_scheduled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE enforcement_case ADD COLUMN inspection_place VARCHAR(300);
ALTER TABLE enforcement_case ADD COLUMN established_arrears NUMERIC(17,0);
ALTER TABLE enforcement_case ADD COLUMN workers_found INT;

ALTER TABLE enforcement_case ADD COLUMN fine_amount NUMERIC(17,0);
ALTER TABLE enforcement_case ADD COLUMN fine_basis NUMERIC(17,0);
ALTER TABLE enforcement_case ADD COLUMN fine_imposed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE enforcement_case ADD COLUMN fine_due_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE enforcement_case ADD COLUMN sanction_requested_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE enforcement_case ADD COLUMN sanction_office VARCHAR(600);
ALTER TABLE enforcement_case ADD COLUMN sanction_decision VARCHAR(10);
ALTER TABLE enforcement_case ADD COLUMN sanction_services VARCHAR(300);
ALTER TABLE enforcement_case ADD COLUMN sanction_effective_from DATE;
ALTER TABLE enforcement_case ADD COLUMN sanction_lifted_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE enforcement_case ADD COLUMN court_kind VARCHAR(20);
ALTER TABLE enforcement_case ADD COLUMN court_filed_at DATE;
ALTER TABLE enforcement_case ADD COLUMN court_judgment VARCHAR(20);

-- Where a verified payment came from: an agency or staff report, the SPHP answer, the prosecutor.
ALTER TABLE compliance_report ADD COLUMN source VARCHAR(20);
