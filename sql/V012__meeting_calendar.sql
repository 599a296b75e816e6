-- Issue 11 §1: meeting invitations with a calendar file, meeting reminders, a personal calendar feed.
-- Runs on H2 and MariaDB alike (${timestamp}, ${text} and ${table_options} are filled in per database).

-- A meeting's iCalendar SEQUENCE: raised whenever its date, time, duration, place or online link
-- changes, so calendar apps replace the earlier invitation (same UID) instead of adding a second.
ALTER TABLE meeting ADD COLUMN calendar_sequence INT DEFAULT 0 NOT NULL;

-- A mail may carry one attachment (a meeting's .ics). NULL for every other mail, so the outbox
-- stays as light as it was for them.
ALTER TABLE outbox_mail ADD COLUMN attachment_name VARCHAR(100);
ALTER TABLE outbox_mail ADD COLUMN attachment_type VARCHAR(100);
ALTER TABLE outbox_mail ADD COLUMN attachment_content ${text};

-- The personal calendar feed: one secret link per person; only the SHA-256 hash of its token is
-- stored. Renewing replaces the row's hash; revoking deletes the row.
CREATE TABLE calendar_feed (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  ${timestamp} NOT NULL,
    CONSTRAINT uk_calendar_feed_person UNIQUE (person_id),
    CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ${table_options};
