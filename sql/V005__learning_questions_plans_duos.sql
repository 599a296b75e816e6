-- Phase 1, 3 and 4 of the cycle for each participant (seed 003 §4.1, §4.3, §4.4): the individual
-- learning question (every revision kept, the newest counts), the practice plan made at a meeting for
-- the weeks until the next one with its report, and the duos that support each other in practice.

CREATE TABLE learning_question (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id   BIGINT        NOT NULL,
    person_id   BIGINT        NOT NULL,
    axis_id     BIGINT        NOT NULL,
    question    VARCHAR(500)  NOT NULL,
    created_at  ${timestamp}  NOT NULL,
    CONSTRAINT fk_learning_question_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_learning_question_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_learning_question_axis FOREIGN KEY (axis_id) REFERENCES framework_axis (id)
) ${table_options};

CREATE INDEX ix_learning_question_cohort ON learning_question (cohort_id, person_id, created_at);

-- A plan belongs to the meeting where it was designed (phase 3) and is carried out before the next
-- meeting (phase 4); the report is brought to that next meeting's review.
CREATE TABLE practice_plan (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id         BIGINT        NOT NULL,
    person_id          BIGINT        NOT NULL,
    question           VARCHAR(500),
    plan               VARCHAR(2000) NOT NULL,
    estimated_minutes  INT           NOT NULL,
    created_at         ${timestamp}  NOT NULL,
    updated_at         ${timestamp}  NOT NULL,
    report_how         VARCHAR(2000),
    report_student     VARCHAR(2000),
    report_learned     VARCHAR(2000),
    reported_at        ${timestamp},
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_practice_plan UNIQUE (meeting_id, person_id),
    CONSTRAINT fk_practice_plan_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_practice_plan_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_practice_plan_person ON practice_plan (person_id);

-- Two participants of one cohort who support each other; a participant is in at most one duo per
-- cohort (checked by the service, which holds a lock on the cohort row while pairing).
CREATE TABLE duo (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id    BIGINT        NOT NULL,
    person_a_id  BIGINT        NOT NULL,
    person_b_id  BIGINT        NOT NULL,
    created_at   ${timestamp}  NOT NULL,
    CONSTRAINT uk_duo_a UNIQUE (cohort_id, person_a_id),
    CONSTRAINT uk_duo_b UNIQUE (cohort_id, person_b_id),
    CONSTRAINT fk_duo_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_duo_person_a FOREIGN KEY (person_a_id) REFERENCES person (id),
    CONSTRAINT fk_duo_person_b FOREIGN KEY (person_b_id) REFERENCES person (id)
) ${table_options};

-- Whether participants may choose their duo partner themselves (otherwise the facilitator pairs them).
ALTER TABLE cohort ADD COLUMN duos_self_chosen BOOLEAN NOT NULL DEFAULT FALSE;
