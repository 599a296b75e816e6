-- The summary after a meeting (seed 003 §4.1: within a week): one per meeting, to the whole
-- cohort. The facilitator edits the drafted text and sends it; sent_at is the first sending.
-- The mails themselves are outbox rows with the key summary:<meetingId>:<personId>.

CREATE TABLE meeting_summary (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT         NOT NULL,
    cohort_id   BIGINT         NOT NULL,
    text        VARCHAR(4000)  NOT NULL,
    updated_at  ${timestamp}   NOT NULL,
    sent_at     ${timestamp},
    sent_by_id  BIGINT,
    version     BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_meeting_summary UNIQUE (meeting_id),
    CONSTRAINT fk_meeting_summary_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_summary_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_summary_sent_by FOREIGN KEY (sent_by_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_meeting_summary_cohort ON meeting_summary (cohort_id, sent_at);
CREATE INDEX ix_meeting_summary_sent_by ON meeting_summary (sent_by_id);
