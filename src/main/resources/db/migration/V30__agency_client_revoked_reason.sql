-- Why a client's token was revoked: its last agreement ended (the partner may still read its own agreements'
-- final state) or an administrator revoked it (a leaked token: nothing is readable with it any more).
-- Clients revoked before this column existed keep no reason, and so no read of their ended agreements.
ALTER TABLE agency_client ADD COLUMN revoked_reason VARCHAR(20);
