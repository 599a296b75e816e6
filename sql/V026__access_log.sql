-- Issue 16 §5: who opened whose self-scan result, feedback result or reflection (a facilitator or a
-- coordinator, never the owner), and when. The person concerned reads these rows on their privacy
-- page; they are kept leerkring.access-log.days (365) and then deleted by a daily job.
--
-- kind: SELF_SCAN, FEEDBACK_RESULT, REFLECTION; record_id: the scan or reflection that was opened
-- (NULL for a feedback result, which is a view over all of the person's requests);
-- viewer_role: FACILITATOR or COORDINATOR, the capacity in which the viewer opened it.
-- Rows go with either person (ON DELETE CASCADE): an erased account leaves no trace here.

CREATE TABLE access_log (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id   BIGINT        NOT NULL,
    viewer_id    BIGINT        NOT NULL,
    viewer_role  VARCHAR(20)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    record_id    BIGINT,
    opened_at    ${timestamp}  NOT NULL,
    CONSTRAINT fk_access_log_subject FOREIGN KEY (subject_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_access_log_viewer FOREIGN KEY (viewer_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_access_log_kind CHECK (kind IN ('SELF_SCAN', 'FEEDBACK_RESULT', 'REFLECTION')),
    CONSTRAINT ck_access_log_role CHECK (viewer_role IN ('FACILITATOR', 'COORDINATOR'))
) ${table_options};

CREATE INDEX ix_access_log_subject ON access_log (subject_id, opened_at);
CREATE INDEX ix_access_log_viewer ON access_log (viewer_id);
CREATE INDEX ix_access_log_opened ON access_log (opened_at);

-- Daily jobs that must run on one instance only: an instance runs the job of a day when its
-- conditional UPDATE moves last_run_on to that day (one row changed); every other instance finds
-- the day taken and skips it.
CREATE TABLE daily_job (
    name         VARCHAR(60)   NOT NULL PRIMARY KEY,
    last_run_on  DATE,
    claimed_at   ${timestamp}
) ${table_options};

INSERT INTO daily_job (name) VALUES ('access-log-prune');
