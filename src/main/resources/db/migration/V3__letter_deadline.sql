-- The deadline a letter states, kept with it: a letter resent after a failed attempt keeps its date, and
-- the timer that follows waits for exactly that deadline.
ALTER TABLE letter ADD COLUMN deadline TIMESTAMP WITH TIME ZONE;
