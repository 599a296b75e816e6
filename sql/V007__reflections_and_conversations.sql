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

-- The notes of a collegial feedback conversation of a duo, one column per step of the seed-000
-- guide: A the interviewer, B the narrator. Only the two partners read and change them.
CREATE TABLE collegial_conversation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    duo_id            BIGINT         NOT NULL,
    interviewer_id    BIGINT         NOT NULL,
    narrator_id       BIGINT         NOT NULL,
    held_on           DATE           NOT NULL,
    check_in          VARCHAR(2000),
    opening           VARCHAR(2000),
    follow_up         VARCHAR(2000),
    deepening         VARCHAR(2000),
    check_step        VARCHAR(2000),
    closing_insights  VARCHAR(2000),
    actions           VARCHAR(2000),
    created_by        BIGINT         NOT NULL,
    updated_at        ${timestamp}   NOT NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_collegial_conversation_duo FOREIGN KEY (duo_id) REFERENCES duo (id) ON DELETE CASCADE,
    CONSTRAINT fk_collegial_conversation_interviewer FOREIGN KEY (interviewer_id) REFERENCES person (id),
    CONSTRAINT fk_collegial_conversation_narrator FOREIGN KEY (narrator_id) REFERENCES person (id),
    CONSTRAINT fk_collegial_conversation_created_by FOREIGN KEY (created_by) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_collegial_conversation_duo ON collegial_conversation (duo_id, held_on);
CREATE INDEX ix_collegial_conversation_interviewer ON collegial_conversation (interviewer_id);
CREATE INDEX ix_collegial_conversation_narrator ON collegial_conversation (narrator_id);
CREATE INDEX ix_collegial_conversation_created_by ON collegial_conversation (created_by);
