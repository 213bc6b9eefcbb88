-- The manager's dashboard (dashboard/DashboardFigures), figures it could not count before.
-- The route the DMN enforcement-route gave a case (OUTREACH or INSPECTION), written when it is decided
-- (CaseStages.route, on the flow leaving BusinessRuleTask_DecideRoute). Cases decided before V24: NULL.
ALTER TABLE enforcement_case ADD COLUMN route VARCHAR(20);
CREATE INDEX enforcement_case_status_route ON enforcement_case (status, route);

-- The HTTP status an agency API call was answered with, written once the response is known
-- (agency/ApiCallOutcome). A call that changed something keeps its one row and gets the status; a refused
-- call of a known agency (4xx, 5xx) gets one row of its own. Rows written before V24: NULL.
ALTER TABLE api_audit ADD COLUMN status INT;
CREATE INDEX api_audit_at_status ON api_audit (at, status);
