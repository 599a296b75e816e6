-- Cohorts, their participants and groups, the six meetings with their agenda, overrides of the
-- cycle rules, and attendance. Meeting times are local wall-clock times (Europe/Amsterdam);
-- recorded-at columns are UTC.

CREATE TABLE cohort (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(120) NOT NULL,
    partnership         VARCHAR(120) NOT NULL,
    start_date          DATE         NOT NULL,
    facilitator_id      BIGINT       NOT NULL,
    co_facilitator_id   BIGINT,
    previous_cohort_id  BIGINT,
    created_at          ${timestamp} NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_cohort_facilitator FOREIGN KEY (facilitator_id) REFERENCES person (id),
    CONSTRAINT fk_cohort_co_facilitator FOREIGN KEY (co_facilitator_id) REFERENCES person (id),
    CONSTRAINT fk_cohort_previous FOREIGN KEY (previous_cohort_id) REFERENCES cohort (id)
) ${table_options};

CREATE INDEX ix_cohort_facilitator ON cohort (facilitator_id);
CREATE INDEX ix_cohort_co_facilitator ON cohort (co_facilitator_id);

CREATE TABLE cohort_group (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id  BIGINT      NOT NULL,
    name       VARCHAR(60) NOT NULL,
    CONSTRAINT uk_cohort_group_name UNIQUE (cohort_id, name),
    CONSTRAINT fk_cohort_group_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE cohort_member (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id  BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL,
    group_id   BIGINT,
    added_at   ${timestamp} NOT NULL,
    CONSTRAINT uk_cohort_member UNIQUE (cohort_id, person_id),
    CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_member_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_cohort_member_group FOREIGN KEY (group_id) REFERENCES cohort_group (id) ON DELETE SET NULL
) ${table_options};

CREATE INDEX ix_cohort_member_person ON cohort_member (person_id);

CREATE TABLE meeting (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id         BIGINT       NOT NULL,
    meeting_number    INT          NOT NULL,
    starts_at         ${timestamp} NOT NULL,
    duration_minutes  INT          NOT NULL,
    location          VARCHAR(200),
    online_link       VARCHAR(500),
    prep_review       ${text},
    prep_dialogue     ${text},
    prep_deepening    ${text},
    prep_design       ${text},
    prep_evaluation   ${text},
    theory            ${text},
    homework          ${text},
    notes             ${text},
    CONSTRAINT uk_meeting_number UNIQUE (cohort_id, meeting_number),
    CONSTRAINT fk_meeting_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE schedule_override (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id       BIGINT        NOT NULL,
    rule_broken     VARCHAR(30)   NOT NULL,
    meeting_number  INT           NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    recorded_by_id  BIGINT        NOT NULL,
    recorded_at     ${timestamp}  NOT NULL,
    CONSTRAINT fk_schedule_override_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_schedule_override_person FOREIGN KEY (recorded_by_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_schedule_override_cohort ON schedule_override (cohort_id);

CREATE TABLE attendance (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id   BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    reason       VARCHAR(300),
    recorded_at  ${timestamp} NOT NULL,
    CONSTRAINT uk_attendance UNIQUE (meeting_id, person_id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_attendance_person ON attendance (person_id);
