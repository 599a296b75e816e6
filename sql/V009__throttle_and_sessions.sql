-- Throttles with a growing delay, and sessions that end when the password changes (issue 10, section 3).
-- Runs on H2 and MariaDB alike; ${timestamp} and ${table_options} are filled in by Migrations.

-- The throttle now counts failures per account, per client address and per rater network, and
-- makes each wait a doubling, capped delay instead of a fixed lock. Its rows are short-lived
-- counters, so the table is simply made anew.
DROP TABLE login_throttle;

CREATE TABLE login_throttle (
    throttle_key     VARCHAR(300) NOT NULL PRIMARY KEY,
    failures         INT          NOT NULL,
    last_failure_at  ${timestamp} NOT NULL,
    wait_until       ${timestamp}
) ${table_options};

-- Raised by every password change; a session remembers the value it logged in with and ends
-- when the value in the database has moved on (works across app instances).
ALTER TABLE person ADD COLUMN credentials_version BIGINT NOT NULL DEFAULT 0;
