-- A document that travels with a letter (the Surat Kuasa Khusus with its cover letter, the LHPA with Teguran
-- I, a draft agreement with the letter that submits it) is archived as a letter of its own kind: its own
-- number, PDF, signature and verification code. `enclosed_in` names the letter it was sent with; the
-- enclosure is numbered, archived, mailed and marked sent together with that letter, never alone.
ALTER TABLE letter ADD COLUMN enclosed_in BIGINT REFERENCES letter (id);
CREATE INDEX letter_enclosed_in ON letter (enclosed_in);
