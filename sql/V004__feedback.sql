-- Feedback from raters without an account (seed 003 §4.1, Bijlage 2): a request per rater with a
-- personal link (only the SHA-256 hash of each token is stored), the answers, and whether the
-- participant shares the result with their facilitator.

CREATE TABLE feedback_request (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    participant_id    BIGINT        NOT NULL,
    rater_role        VARCHAR(30)   NOT NULL,
    rater_name        VARCHAR(100)  NOT NULL,
    rater_email       VARCHAR(254)  NOT NULL,
    language          VARCHAR(2)    NOT NULL,
    personal_message  VARCHAR(1000),
    deadline          DATE          NOT NULL,
    anonymous         BOOLEAN       NOT NULL,
    moment            VARCHAR(10)   NOT NULL,
    form              VARCHAR(30)   NOT NULL,
    version_id        BIGINT        NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    created_at        ${timestamp}  NOT NULL,
    opened_at         ${timestamp},
    submitted_at      ${timestamp},
    reminders_sent    INT           NOT NULL DEFAULT 0,
    last_mail_at      ${timestamp}  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_feedback_request_person FOREIGN KEY (participant_id) REFERENCES person (id),
    CONSTRAINT fk_feedback_request_version FOREIGN KEY (version_id) REFERENCES framework_version (id)
) ${table_options};

CREATE INDEX ix_feedback_request_participant ON feedback_request (participant_id, status);
CREATE INDEX ix_feedback_request_reminder ON feedback_request (status, last_mail_at);

-- Every link mailed for a request (the first, a resend, each reminder) works until the request
-- is submitted, withdrawn or past its deadline.
CREATE TABLE feedback_link (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT       NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    created_at  ${timestamp} NOT NULL,
    CONSTRAINT uk_feedback_link_token UNIQUE (token_hash),
    CONSTRAINT fk_feedback_link_request FOREIGN KEY (request_id) REFERENCES feedback_request (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE feedback_answer (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id    BIGINT        NOT NULL,
    item_id       BIGINT        NOT NULL,
    answer        INT,
    cannot_judge  BOOLEAN       NOT NULL DEFAULT FALSE,
    text_answer   VARCHAR(2000),
    CONSTRAINT uk_feedback_answer UNIQUE (request_id, item_id),
    CONSTRAINT fk_feedback_answer_request FOREIGN KEY (request_id) REFERENCES feedback_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_answer_item FOREIGN KEY (item_id) REFERENCES framework_item (id)
) ${table_options};

CREATE TABLE feedback_sharing (
    person_id  BIGINT       NOT NULL PRIMARY KEY,
    shared_at  ${timestamp} NOT NULL,
    CONSTRAINT fk_feedback_sharing_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};
