-- Issue 11, items 3 and 4: the reminders of the cohort's rhythm (halfway, reflection, self-scan
-- nudge), their per-cohort settings, the reminders a facilitator skipped, and a cohort reference
-- on outbox mails so a facilitator sees the mail log of their own cohorts only.

-- One row per cohort that changed the defaults; a cohort without a row uses the defaults.
CREATE TABLE rhythm_settings (
    cohort_id             BIGINT       NOT NULL PRIMARY KEY,
    halfway_on            BOOLEAN      NOT NULL,
    reflection_on         BOOLEAN      NOT NULL,
    reflection_days       INT          NOT NULL,
    scan_nudge_on         BOOLEAN      NOT NULL,
    scan_nudge_days       INT          NOT NULL,
    updated_at            ${timestamp} NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_rhythm_settings_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ${table_options};

-- A reminder the facilitator chose not to send, by the idempotency key its mail would have had.
CREATE TABLE rhythm_skip (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id        BIGINT       NOT NULL,
    idempotency_key  VARCHAR(200) NOT NULL,
    skipped_by       BIGINT       NOT NULL,
    skipped_at       ${timestamp} NOT NULL,
    CONSTRAINT uk_rhythm_skip_key UNIQUE (idempotency_key),
    CONSTRAINT fk_rhythm_skip_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_rhythm_skip_person FOREIGN KEY (skipped_by) REFERENCES person (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_rhythm_skip_cohort ON rhythm_skip (cohort_id);

-- Mails that belong to a cohort (the reminders); older mails and account mails stay NULL.
ALTER TABLE outbox_mail ADD COLUMN cohort_id BIGINT;
ALTER TABLE outbox_mail ADD CONSTRAINT fk_outbox_mail_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE SET NULL;
CREATE INDEX ix_outbox_mail_cohort ON outbox_mail (cohort_id, id);
