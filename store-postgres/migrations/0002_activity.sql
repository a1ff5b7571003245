-- The retention clock: the day each person last did anything. Kept apart from their records
-- (one small row, written once a day per person) and deleted with them by /forget.
CREATE TABLE activity (
    user_key text PRIMARY KEY,
    last_day date NOT NULL
);
CREATE INDEX activity_by_day ON activity (last_day);
