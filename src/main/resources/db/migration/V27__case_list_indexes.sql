-- The agency's case list (GET /api/v1/enforcement-cases) reads newest first by (reported_at, case_number),
-- page after page by keyset, as two branches: the cases the agency reported and those whose SKK names it.
-- Each branch walks one of these indexes in order and stops after a page, whatever the agency's history.
-- The status and stage filters have indexes of their own for the reporting agency, so a filtered page does
-- not skip over the agency's other cases; a prosecutor's office holds few SKKs and filters them in the walk.
-- A NIB filter reads enforcement_case_nib (V1): an employer has few cases.
CREATE INDEX enforcement_case_agency_list ON enforcement_case (reporting_agency, reported_at DESC, case_number DESC);
CREATE INDEX enforcement_case_agency_status_list ON enforcement_case (reporting_agency, status, reported_at DESC, case_number DESC);
CREATE INDEX enforcement_case_agency_stage_list ON enforcement_case (reporting_agency, stage, reported_at DESC, case_number DESC);
CREATE INDEX enforcement_case_prosecutor_list ON enforcement_case (prosecutor_office, reported_at DESC, case_number DESC);
-- The V4 indexes are prefixes of the list indexes above: keeping them would only slow every write.
DROP INDEX enforcement_case_agency;
DROP INDEX enforcement_case_prosecutor;
-- A page's letters are read for all its cases at once; letter_once_per_case (case_reference, kind) serves it.
-- The agency's agreements walk the same way, newest first by (created_at, agreement_id).
CREATE INDEX agreement_partner_list ON agreement (partner_agency_id, created_at DESC, agreement_id DESC);
DROP INDEX agreement_partner;
