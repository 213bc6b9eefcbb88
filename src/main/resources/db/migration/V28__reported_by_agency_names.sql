-- An agency's name may be 200 characters (the admin API; agency_client.name is 400 for H2's UTF-16 count, V7),
-- and a case reported through the API or a bulk report is reported_by that name: 100 refused every report of
-- an agency with a longer name. Widening a VARCHAR rewrites no row and keeps its index on PostgreSQL.
ALTER TABLE enforcement_case ALTER COLUMN reported_by SET DATA TYPE VARCHAR(400);
ALTER TABLE case_batch ALTER COLUMN agency_name SET DATA TYPE VARCHAR(400);
