-- Accounts, login throttling and the mail outbox.
-- Runs on H2 and MariaDB alike; ${timestamp}, ${text} and ${table_options} are filled in per
-- database by nl.leerkring.platform.Migrations. All date-times are UTC.

CREATE TABLE person (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(255),
    language        VARCHAR(2)   NOT NULL,
    activated_at    ${timestamp},
    disabled        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      ${timestamp} NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_person_email UNIQUE (email)
) ${table_options};

CREATE TABLE person_role (
    person_id   BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_person_role_role ON person_role (role);

CREATE TABLE account_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    created_at  ${timestamp} NOT NULL,
    expires_at  ${timestamp} NOT NULL,
    used_at     ${timestamp},
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_account_token_person ON account_token (person_id, purpose, created_at);

CREATE TABLE login_throttle (
    email         VARCHAR(254) NOT NULL PRIMARY KEY,
    failures      INT          NOT NULL,
    window_start  ${timestamp} NOT NULL,
    locked_until  ${timestamp}
) ${table_options};

CREATE TABLE outbox_mail (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    idempotency_key  VARCHAR(200)  NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,
    recipient_name   VARCHAR(100),
    subject          VARCHAR(250)  NOT NULL,
    text_body        ${text}       NOT NULL,
    html_body        ${text}       NOT NULL,
    contains_secret  BOOLEAN       NOT NULL DEFAULT FALSE,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  ${timestamp}  NOT NULL,
    claim_token      VARCHAR(36),
    claimed_until    ${timestamp},
    last_error       VARCHAR(1000),
    created_at       ${timestamp}  NOT NULL,
    sent_at          ${timestamp},
    CONSTRAINT uk_outbox_mail_key UNIQUE (idempotency_key)
) ${table_options};

CREATE INDEX ix_outbox_mail_due ON outbox_mail (status, next_attempt_at);
CREATE INDEX ix_outbox_mail_claim ON outbox_mail (claim_token);
