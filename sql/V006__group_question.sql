-- The shared learning question by the nominal group technique (seed 003 §4.1, DESIGN.md §4): a
-- session per cohort, or per group when the cohort has groups, run live by the facilitator; the
-- ideas the participants enter on their own devices, and their ranked votes.

CREATE TABLE group_session (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id        BIGINT        NOT NULL,
    group_id         BIGINT,
    meeting_id       BIGINT,
    stage            VARCHAR(12)   NOT NULL,
    started_by_id    BIGINT        NOT NULL,
    started_at       ${timestamp}  NOT NULL,
    shared_question  VARCHAR(500),
    axis_id          BIGINT,
    closed_at        ${timestamp},
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_group_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_session_group FOREIGN KEY (group_id) REFERENCES cohort_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_session_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE SET NULL,
    CONSTRAINT fk_group_session_person FOREIGN KEY (started_by_id) REFERENCES person (id),
    CONSTRAINT fk_group_session_axis FOREIGN KEY (axis_id) REFERENCES framework_axis (id)
) ${table_options};

CREATE INDEX ix_group_session_cohort ON group_session (cohort_id, closed_at);

-- Ideas keep their author so the author can change their own while generating; pages never show it.
CREATE TABLE group_idea (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id      BIGINT        NOT NULL,
    author_id       BIGINT        NOT NULL,
    idea_text       VARCHAR(300)  NOT NULL,
    merged_into_id  BIGINT,
    created_at      ${timestamp}  NOT NULL,
    CONSTRAINT fk_group_idea_session FOREIGN KEY (session_id) REFERENCES group_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_idea_person FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_group_idea_merged FOREIGN KEY (merged_into_id) REFERENCES group_idea (id) ON DELETE SET NULL
) ${table_options};

CREATE INDEX ix_group_idea_session ON group_idea (session_id);

-- A ballot is a voter's rows: 3 points for the first choice, 2 for the second, 1 for the third.
CREATE TABLE group_vote (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id  BIGINT  NOT NULL,
    voter_id    BIGINT  NOT NULL,
    idea_id     BIGINT  NOT NULL,
    points      INT     NOT NULL,
    CONSTRAINT uk_group_vote UNIQUE (session_id, voter_id, idea_id),
    CONSTRAINT fk_group_vote_session FOREIGN KEY (session_id) REFERENCES group_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_vote_person FOREIGN KEY (voter_id) REFERENCES person (id),
    CONSTRAINT fk_group_vote_idea FOREIGN KEY (idea_id) REFERENCES group_idea (id) ON DELETE CASCADE
) ${table_options};
