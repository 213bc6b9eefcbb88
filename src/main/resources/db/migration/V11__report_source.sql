-- Where a case came from: a partner agency through the API, or the branch itself (data matching, an
-- inspection finding, a worker's complaint, a partner's letter).
ALTER TABLE enforcement_case ADD COLUMN report_source VARCHAR(20);
UPDATE enforcement_case SET report_source = 'AGENCY_API' WHERE reporting_agency IS NOT NULL;
