-- What the public verification page (/verifikasi/{code}) may show of a signed letter, and the hash its PDF
-- must have: a copy, so the page never reads the letter archive (which holds the employer's full data).
CREATE TABLE letter_verification (
    code             VARCHAR(12)  NOT NULL PRIMARY KEY,
    letter_number    VARCHAR(60)  NOT NULL,
    kind             VARCHAR(40)  NOT NULL,
    issued_on        DATE         NOT NULL,
    signatory        VARCHAR(300) NOT NULL,
    addressee_masked VARCHAR(300) NOT NULL,
    document_sha256  VARCHAR(64),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
