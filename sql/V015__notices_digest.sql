-- Issue 11, item 5: "what happened while I was away". The notices themselves are not stored: they
-- are read from the timestamps the events already have (a response's created_at, a reflection's
-- submitted_at, a plan's created_at and reported_at). Per person only: until when they saw them on
-- their home page, until when the last digest mail covered them, and whether they want that mail.
-- A person without a row has seen nothing yet and wants the digest.
CREATE TABLE notice_state (
    person_id     BIGINT       NOT NULL PRIMARY KEY,
    seen_until    ${timestamp},
    digest_until  ${timestamp},
    digest_on     BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_notice_state_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ${table_options};

-- The events are looked up by their time; these keep that cheap as the tables grow.
CREATE INDEX ix_reflection_response_created ON reflection_response (created_at);
CREATE INDEX ix_reflection_submitted ON reflection (submitted_at);
CREATE INDEX ix_practice_plan_created ON practice_plan (created_at);
CREATE INDEX ix_practice_plan_reported ON practice_plan (reported_at);
