-- An agency's API client may serve several live agreements (a PKS with the Disnaker for data exchange and
-- another for enforcement): it keeps its access until the last of them ends.
CREATE TABLE agency_client_agreement (
    agency_id     VARCHAR(40) NOT NULL,
    agreement_id  VARCHAR(20) NOT NULL,
    PRIMARY KEY (agency_id, agreement_id)
);
INSERT INTO agency_client_agreement (agency_id, agreement_id)
    SELECT agency_id, agreement_id FROM agency_client WHERE agreement_id IS NOT NULL AND revoked_at IS NULL;
