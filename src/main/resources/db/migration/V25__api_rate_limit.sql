-- The agency API's rate limit (agency/RateLimiter), shared by every node: one token bucket per agency.
-- tokens: requests still allowed now (fractional, refilled continuously at the agency's rate per minute, at
-- most one minute's worth); updated_at_ms: when tokens was last computed, in epoch milliseconds of the
-- application's Clock (a plain number, so the refill arithmetic reads the same in H2 and PostgreSQL).
-- A row appears with an agency's first request; no foreign key, as the bucket is only a counter.
CREATE TABLE api_rate_limit (
    agency_id      VARCHAR(40)      NOT NULL PRIMARY KEY,
    tokens         DOUBLE PRECISION NOT NULL,
    updated_at_ms  BIGINT           NOT NULL
);
