-- Reflections after every meeting (seed 003 §3.3, the four fixed questions), who may read them
-- (private, the facilitator, or the group), the short response thread of group-shared ones,
-- and the notes of a duo's collegial feedback conversations (seed 000 conversation guide).
-- A reflection without submitted_at is a draft: only its author sees it.

CREATE TABLE reflection (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id     BIGINT        NOT NULL,
    meeting_id    BIGINT        NOT NULL,
    person_id     BIGINT        NOT NULL,
    answer_1      VARCHAR(2000),
    answer_2      VARCHAR(2000),
    answer_3      VARCHAR(2000),
    answer_4      VARCHAR(2000),
    visibility    VARCHAR(12)   NOT NULL,
    submitted_at  ${timestamp},
    updated_at    ${timestamp}  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_reflection UNIQUE (meeting_id, person_id),
    CONSTRAINT fk_reflection_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_reflection_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_reflection_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_reflection_cohort ON reflection (cohort_id, person_id);
CREATE INDEX ix_reflection_person ON reflection (person_id);

CREATE TABLE reflection_response (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    reflection_id  BIGINT         NOT NULL,
    author_id      BIGINT         NOT NULL,
    text           VARCHAR(1000)  NOT NULL,
    created_at     ${timestamp}   NOT NULL,
    CONSTRAINT fk_reflection_response_reflection FOREIGN KEY (reflection_id) REFERENCES reflection (id) ON DELETE CASCADE,
    CONSTRAINT fk_reflection_response_author FOREIGN KEY (author_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_reflection_response_reflection ON reflection_response (reflection_id, created_at);
CREATE INDEX ix_reflection_response_author ON reflection_response (author_id);
