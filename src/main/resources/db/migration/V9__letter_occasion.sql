-- A letter kind may be sent more than once per case when the step sending it means a new occasion (a
-- request to another office, a new round): each occasion gets its own letter and number. A retried job
-- for the same occasion still finds its letter here and never sends a second one. Existing letters keep
-- the empty occasion, which is also what a step that sends only once uses.
ALTER TABLE letter ADD COLUMN occasion VARCHAR(60) DEFAULT '' NOT NULL;
ALTER TABLE letter DROP CONSTRAINT letter_once_per_case;
ALTER TABLE letter ADD CONSTRAINT letter_once_per_occasion UNIQUE (case_reference, kind, occasion);
