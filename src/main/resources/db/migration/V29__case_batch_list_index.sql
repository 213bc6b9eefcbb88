-- An agency's bulk reports (GET /api/v1/enforcement-case-batches) read newest first by (submitted_at, batch_id),
-- page after page by keyset: this index serves the walk from the cursor, the V26 index it replaces only its prefix.
CREATE INDEX case_batch_agency_list ON case_batch (agency_id, submitted_at DESC, batch_id DESC);
DROP INDEX case_batch_agency;
