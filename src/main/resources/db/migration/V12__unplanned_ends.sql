-- A case or agreement whose process instance was cancelled or deleted outside its model (Cockpit, the
-- REST API): who did it and why, kept with the record the cancellation closed.
ALTER TABLE enforcement_case ADD COLUMN cancelled_by VARCHAR(100);
ALTER TABLE enforcement_case ADD COLUMN cancel_reason VARCHAR(1000);
ALTER TABLE agreement ADD COLUMN cancelled_by VARCHAR(100);
ALTER TABLE agreement ADD COLUMN cancel_reason VARCHAR(1000);
