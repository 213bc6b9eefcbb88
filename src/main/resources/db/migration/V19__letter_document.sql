-- The PDF of each letter as it was issued, with its SHA-256: rendered once when the letter is numbered and
-- archived, and the same bytes resent on a retry. Kept apart from `letter` so listing letters never
-- reads the documents. BYTEA is PostgreSQL's binary type and an alias of H2's BINARY VARYING.
CREATE TABLE letter_document (
    letter_id   BIGINT      NOT NULL PRIMARY KEY REFERENCES letter (id),
    media_type  VARCHAR(100) NOT NULL,
    content     BYTEA       NOT NULL,
    byte_size   INTEGER     NOT NULL,
    sha256      CHAR(64)    NOT NULL
);
