-- The API limits text in characters (code points): 200 emoji make a 200-character name. PostgreSQL
-- counts VARCHAR length in characters, H2 in UTF-16 units, where each emoji takes two. The columns that
-- hold text people send therefore allow twice the API's limit; validation keeps the limit itself.
ALTER TABLE enforcement_case ALTER COLUMN employer_name SET DATA TYPE VARCHAR(400);
ALTER TABLE enforcement_case ALTER COLUMN employer_address SET DATA TYPE VARCHAR(600);
ALTER TABLE enforcement_case ALTER COLUMN description SET DATA TYPE VARCHAR(2000);
ALTER TABLE enforcement_case ALTER COLUMN reporter_reference SET DATA TYPE VARCHAR(200);
ALTER TABLE compliance_report ALTER COLUMN reference SET DATA TYPE VARCHAR(200);
ALTER TABLE agency_client ALTER COLUMN name SET DATA TYPE VARCHAR(400);
ALTER TABLE agreement_note ALTER COLUMN notes SET DATA TYPE VARCHAR(4000);
-- Letters carry the employer's name as recipient and in the subject.
ALTER TABLE letter ALTER COLUMN recipient_name SET DATA TYPE VARCHAR(600);
ALTER TABLE letter ALTER COLUMN subject SET DATA TYPE VARCHAR(600);
