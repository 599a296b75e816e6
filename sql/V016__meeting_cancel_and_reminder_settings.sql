-- Issue 11, the rest: the meeting reminder becomes a kind of the cohort's rhythm settings, a
-- meeting that has not happened can be cancelled (and planned again), and an invitation's key
-- names the membership it was sent for, so a participant added again is invited again.

-- The reminder N days before each meeting, per cohort (was one global setting).
ALTER TABLE rhythm_settings ADD COLUMN meeting_reminder_on BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE rhythm_settings ADD COLUMN meeting_reminder_days INT DEFAULT 3 NOT NULL;

-- A cancelled meeting keeps its number (a cohort has six); planning it on a new date reinstates it.
ALTER TABLE meeting ADD COLUMN cancelled_at ${timestamp};
ALTER TABLE meeting ADD COLUMN cancel_reason VARCHAR(500);

-- Invitations already queued to a participant get the key they would get now
-- (meeting-invitation:<meeting>:<person>:<sequence>:m<cohort_member id>), so saving the schedule
-- again does not send them a second time.
UPDATE outbox_mail SET idempotency_key = CONCAT(CONCAT(idempotency_key, ':m'), (
        SELECT MIN(cm.id) FROM cohort_member cm JOIN person p ON p.id = cm.person_id
        WHERE cm.cohort_id = outbox_mail.cohort_id AND p.email = outbox_mail.recipient))
    WHERE idempotency_key LIKE 'meeting-invitation:%' AND cohort_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM cohort_member cm JOIN person p ON p.id = cm.person_id
                  WHERE cm.cohort_id = outbox_mail.cohort_id AND p.email = outbox_mail.recipient);
