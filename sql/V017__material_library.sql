-- Issue 12: the shared material library (DESIGN §5). One item is literature, a work form, an
-- assignment, an instrument, a conversation tool, a checklist, a link or a file. It belongs to
-- one or more competence areas (the framework's axes, by axis number) and phases (1-5), and is
-- visible to the whole partnership, to one cohort, or only to its author (a draft).
--
-- item_type:  LITERATURE, WORK_FORM, ASSIGNMENT, INSTRUMENT, CONVERSATION_TOOL, CHECKLIST, LINK, FILE
-- visibility: PARTNERSHIP, COHORT (cohort_id set), DRAFT
-- tool:       NULL, or the interactive tool the item opens: CHECKLIST, CARD_DECK
-- An item "from the sources" has no author_id and names its source in source_name; seeded
-- items have a stable seed_key so later migrations can find them.
CREATE TABLE library_item (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    seed_key                  VARCHAR(80),
    title                     VARCHAR(200)  NOT NULL,
    description               VARCHAR(2000) NOT NULL,
    item_type                 VARCHAR(20)   NOT NULL,
    tool                      VARCHAR(20),
    link_url                  VARCHAR(500),
    author_id                 BIGINT,
    source_name               VARCHAR(300),
    visibility                VARCHAR(20)   NOT NULL,
    cohort_id                 BIGINT,
    proposed_for_partnership  BOOLEAN       NOT NULL DEFAULT FALSE,
    featured                  BOOLEAN       NOT NULL DEFAULT FALSE,
    retired                   BOOLEAN       NOT NULL DEFAULT FALSE,
    -- The words the search matches against, reduced to their Dutch stems; NULL until indexed.
    search_terms              ${text},
    created_at                ${timestamp}  NOT NULL,
    updated_at                ${timestamp}  NOT NULL,
    version                   BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_library_item_seed UNIQUE (seed_key),
    CONSTRAINT fk_library_item_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_library_item_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_library_item_visibility ON library_item (visibility, retired);

-- The content of an item in titled parts, in order: a work form's goal, steps and material,
-- a guide's questions. Plain text; line breaks are kept when shown.
CREATE TABLE library_section (
    item_id         BIGINT        NOT NULL,
    section_number  INT           NOT NULL,
    heading         VARCHAR(200)  NOT NULL,
    body            ${text}       NOT NULL,
    PRIMARY KEY (item_id, section_number),
    CONSTRAINT fk_library_section_item FOREIGN KEY (item_id) REFERENCES library_item (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE library_item_area (
    item_id      BIGINT NOT NULL,
    axis_number  INT    NOT NULL,
    PRIMARY KEY (item_id, axis_number),
    CONSTRAINT fk_library_item_area_item FOREIGN KEY (item_id) REFERENCES library_item (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE library_item_phase (
    item_id  BIGINT NOT NULL,
    phase    INT    NOT NULL,
    PRIMARY KEY (item_id, phase),
    CONSTRAINT fk_library_item_phase_item FOREIGN KEY (item_id) REFERENCES library_item (id) ON DELETE CASCADE
) ${table_options};

-- An uploaded file, kept in the database so that every app instance can serve it. Its own
-- table, so listing items never reads the bytes. content_type is decided from the content.
CREATE TABLE library_file (
    item_id       BIGINT        NOT NULL PRIMARY KEY,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    content       ${blob}       NOT NULL,
    CONSTRAINT fk_library_file_item FOREIGN KEY (item_id) REFERENCES library_item (id) ON DELETE CASCADE
) ${table_options};

-- Items the facilitator attached to a meeting's agenda part:
-- REVIEW (terugblik), DIALOGUE, DESIGN, EVALUATION, THEORY (theory for next time).
CREATE TABLE meeting_material (
    meeting_id   BIGINT       NOT NULL,
    item_id      BIGINT       NOT NULL,
    agenda_part  VARCHAR(20)  NOT NULL,
    sort_order   INT          NOT NULL,
    added_at     ${timestamp} NOT NULL,
    PRIMARY KEY (meeting_id, item_id, agenda_part),
    CONSTRAINT fk_meeting_material_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_material_item FOREIGN KEY (item_id) REFERENCES library_item (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_meeting_material_item ON meeting_material (item_id);

CREATE TABLE library_comment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT        NOT NULL,
    person_id   BIGINT        NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    created_at  ${timestamp}  NOT NULL,
    CONSTRAINT fk_library_comment_item FOREIGN KEY (item_id) REFERENCES library_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_library_comment_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_library_comment_item ON library_comment (item_id, created_at);

-- "I used it": at most one mark per person and item.
CREATE TABLE library_use (
    item_id    BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL,
    used_at    ${timestamp} NOT NULL,
    PRIMARY KEY (item_id, person_id),
    CONSTRAINT fk_library_use_item FOREIGN KEY (item_id) REFERENCES library_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_library_use_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};
