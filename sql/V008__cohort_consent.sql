-- §1 of issue 10: enrolment must not open someone's data.
--
-- Membership becomes an invitation the person accepts. Rows that exist already were made before
-- there was a choice; they are carried over as accepted (on the day they were added), so running
-- cohorts keep working. Their scans and feedback are narrowed below to what the new rules allow.
ALTER TABLE cohort_member ADD COLUMN state VARCHAR(10) DEFAULT 'ACCEPTED' NOT NULL;
ALTER TABLE cohort_member ADD COLUMN accepted_at ${timestamp};
UPDATE cohort_member SET accepted_at = added_at;

CREATE INDEX ix_cohort_member_cohort_state ON cohort_member (cohort_id, state);

-- Which cohort's facilitators may see a submitted self-scan. A scan submitted while an accepted
-- member is linked to that cohort by itself (brought_along FALSE: taken for it); an earlier scan
-- only when the participant brings it along (brought_along TRUE; they may take it back).
CREATE TABLE scan_cohort (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    scan_id        BIGINT       NOT NULL,
    cohort_id      BIGINT       NOT NULL,
    brought_along  BOOLEAN      NOT NULL,
    linked_at      ${timestamp} NOT NULL,
    CONSTRAINT uk_scan_cohort UNIQUE (scan_id, cohort_id),
    CONSTRAINT fk_scan_cohort_scan FOREIGN KEY (scan_id) REFERENCES self_scan (id) ON DELETE CASCADE,
    CONSTRAINT fk_scan_cohort_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_scan_cohort_cohort ON scan_cohort (cohort_id);

-- Existing scans: taken for a cohort when submitted while a member of it; older ones stay closed.
INSERT INTO scan_cohort (scan_id, cohort_id, brought_along, linked_at)
SELECT s.id, m.cohort_id, FALSE, s.submitted_at
FROM self_scan s JOIN cohort_member m ON m.person_id = s.person_id
WHERE s.status = 'SUBMITTED' AND s.submitted_at >= m.added_at;

-- Feedback is shared per cohort, no longer with "the facilitator" in general. An existing share
-- becomes a share with every cohort the person is a member of today.
CREATE TABLE feedback_share (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT       NOT NULL,
    cohort_id  BIGINT       NOT NULL,
    shared_at  ${timestamp} NOT NULL,
    CONSTRAINT uk_feedback_share UNIQUE (person_id, cohort_id),
    CONSTRAINT fk_feedback_share_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_feedback_share_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_feedback_share_cohort ON feedback_share (cohort_id);

INSERT INTO feedback_share (person_id, cohort_id, shared_at)
SELECT f.person_id, m.cohort_id, f.shared_at
FROM feedback_sharing f JOIN cohort_member m ON m.person_id = f.person_id;

DROP TABLE feedback_sharing;
