-- Issue 16 §2-4: a person's data export, erasure on request, and retention per partnership.
-- Runs on H2 and MariaDB alike (${timestamp}, ${blob} and ${table_options} are filled in per database).

-- A person's request for all their data. PENDING until the background job has built the ZIP (claimed
-- with claim_token/claimed_until, as the outbox does, so one instance builds it); READY with the
-- hash of the one-time link; FETCHED once the link was used; EXPIRED after 7 days. The content is
-- dropped when the export is fetched or expires.
CREATE TABLE data_export (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id      BIGINT       NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    requested_at   ${timestamp} NOT NULL,
    claim_token    VARCHAR(36),
    claimed_until  ${timestamp},
    ready_at       ${timestamp},
    token_hash     VARCHAR(64),
    expires_at     ${timestamp},
    fetched_at     ${timestamp},
    size_bytes     BIGINT,
    content        ${blob},
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_data_export_token UNIQUE (token_hash),
    CONSTRAINT fk_data_export_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_data_export_status CHECK (status IN ('PENDING', 'READY', 'FETCHED', 'EXPIRED')),
    CONSTRAINT ck_data_export_size CHECK (size_bytes IS NULL OR size_bytes >= 0)
) ${table_options};

CREATE INDEX ix_data_export_person ON data_export (person_id, status);
CREATE INDEX ix_data_export_status ON data_export (status, claimed_until);

-- A person's request to be erased: REQUESTED until a coordinator confirms it, then ERASED. One per
-- person: asking twice (a double post) is the same request.
CREATE TABLE erasure_request (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT       NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    requested_at    ${timestamp} NOT NULL,
    confirmed_at    ${timestamp},
    confirmed_by_id BIGINT,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_erasure_request_person UNIQUE (person_id),
    CONSTRAINT fk_erasure_request_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_erasure_request_confirmed_by FOREIGN KEY (confirmed_by_id) REFERENCES person (id),
    CONSTRAINT ck_erasure_request_status CHECK (status IN ('REQUESTED', 'ERASED'))
) ${table_options};

CREATE INDEX ix_erasure_request_confirmed_by ON erasure_request (confirmed_by_id);
CREATE INDEX ix_erasure_request_status ON erasure_request (status, requested_at);

-- When a person's data was erased or anonymised; the row stays so that scans and attendance stay
-- counted, under the name "Verwijderde deelnemer".
ALTER TABLE person ADD COLUMN erased_at ${timestamp};

-- How long a partnership keeps its cohorts' personal data after a cohort's last meeting; a
-- partnership without a row keeps it the default (24 months).
CREATE TABLE retention_setting (
    partnership       VARCHAR(120) NOT NULL PRIMARY KEY,
    retention_months  INT          NOT NULL,
    updated_at        ${timestamp} NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_retention_setting_months CHECK (retention_months BETWEEN 1 AND 240)
) ${table_options};

-- A cohort whose retention period has passed, listed by the daily job; nothing is anonymised until
-- a coordinator confirms (confirmed_at).
CREATE TABLE retention_due (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id          BIGINT       NOT NULL,
    last_meeting_on    DATE         NOT NULL,
    due_on             DATE         NOT NULL,
    listed_at          ${timestamp} NOT NULL,
    confirmed_at       ${timestamp},
    confirmed_by_id    BIGINT,
    people_anonymised  INT,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_retention_due_cohort UNIQUE (cohort_id),
    CONSTRAINT fk_retention_due_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_retention_due_confirmed_by FOREIGN KEY (confirmed_by_id) REFERENCES person (id),
    CONSTRAINT ck_retention_due_people CHECK (people_anonymised IS NULL OR people_anonymised >= 0)
) ${table_options};

CREATE INDEX ix_retention_due_confirmed_by ON retention_due (confirmed_by_id);

-- The daily privacy round (raters' names, retention list, expired exports) runs on one instance a
-- day, claimed in V026's daily_job like the access log's pruning.
INSERT INTO daily_job (name) VALUES ('privacy-daily');
