-- Issue 14: an explicit index for every foreign key that had none, and CHECK constraints for the
-- domain's ranges.
--
-- Indexes. InnoDB and H2 both make an index of their own for a foreign key whose columns do not
-- start an existing index, each under its own name (InnoDB: the constraint's name; H2: a generated
-- one). Naming them here makes both databases have the same indexes, so a query plan read on one
-- holds for the other, and a later migration can refer to them. The list is what INFORMATION_SCHEMA
-- of a MariaDB database migrated up to V018 reported: every constraint in REFERENTIAL_CONSTRAINTS
-- whose only index was the implicit one (27 of 87 foreign keys).

CREATE INDEX ix_cohort_previous ON cohort (previous_cohort_id);
CREATE INDEX ix_cohort_member_group ON cohort_member (group_id);
CREATE INDEX ix_schedule_override_person ON schedule_override (recorded_by_id);
CREATE INDEX ix_self_scan_version ON self_scan (version_id);
CREATE INDEX ix_self_scan_answer_item ON self_scan_answer (item_id);
CREATE INDEX ix_feedback_request_version ON feedback_request (version_id);
CREATE INDEX ix_feedback_link_request ON feedback_link (request_id);
CREATE INDEX ix_feedback_answer_item ON feedback_answer (item_id);
CREATE INDEX ix_learning_question_person ON learning_question (person_id);
CREATE INDEX ix_learning_question_axis ON learning_question (axis_id);
CREATE INDEX ix_duo_person_a ON duo (person_a_id);
CREATE INDEX ix_duo_person_b ON duo (person_b_id);
CREATE INDEX ix_group_session_group ON group_session (group_id);
CREATE INDEX ix_group_session_meeting ON group_session (meeting_id);
CREATE INDEX ix_group_session_person ON group_session (started_by_id);
CREATE INDEX ix_group_session_axis ON group_session (axis_id);
CREATE INDEX ix_group_idea_person ON group_idea (author_id);
CREATE INDEX ix_group_idea_merged ON group_idea (merged_into_id);
CREATE INDEX ix_group_vote_person ON group_vote (voter_id);
CREATE INDEX ix_group_vote_idea ON group_vote (idea_id);
CREATE INDEX ix_rhythm_skip_person ON rhythm_skip (skipped_by);
CREATE INDEX ix_library_item_author ON library_item (author_id);
CREATE INDEX ix_library_item_cohort ON library_item (cohort_id);
CREATE INDEX ix_library_comment_person ON library_comment (person_id);
CREATE INDEX ix_library_use_person ON library_use (person_id);
CREATE INDEX ix_library_checklist_fill_item ON library_checklist_fill (item_id);
CREATE INDEX ix_library_checklist_answer_entry ON library_checklist_answer (entry_id);

-- CHECK constraints: the ranges the entities already guard, so that a bug or a hand-written UPDATE
-- cannot store what the domain never allows. Both databases check the existing rows when a
-- constraint is added; the seeded rows and everything the application writes lie inside. Limits
-- that are a matter of policy (a meeting's 30 to 480 minutes, a plan's 5 to 2400) stay in the code
-- alone; the database holds the bounds that follow from the model.

-- Meetings: six per cohort, numbered 1 to 6; a duration is positive.
ALTER TABLE meeting ADD CONSTRAINT ck_meeting_number CHECK (meeting_number BETWEEN 1 AND 6);
ALTER TABLE meeting ADD CONSTRAINT ck_meeting_duration CHECK (duration_minutes > 0);
ALTER TABLE meeting ADD CONSTRAINT ck_meeting_sequence CHECK (calendar_sequence >= 0);
ALTER TABLE schedule_override ADD CONSTRAINT ck_schedule_override_number CHECK (meeting_number BETWEEN 1 AND 6);

-- The framework: a scale of 2 to 11 points (FrameworkVersion), axes and items numbered from 1.
ALTER TABLE framework_version ADD CONSTRAINT ck_framework_version_scale CHECK (scale_points BETWEEN 2 AND 11);
ALTER TABLE framework_version ADD CONSTRAINT ck_framework_version_number CHECK (version_number >= 1);
ALTER TABLE framework_axis ADD CONSTRAINT ck_framework_axis_number CHECK (axis_number >= 1);
ALTER TABLE framework_item ADD CONSTRAINT ck_framework_item_axis CHECK (axis_number >= 1);

-- Likert answers: on the scale (1 up to at most 11 points; the version's own scale is checked by
-- FrameworkVersion.checkOnScale, a CHECK cannot look at another table). A rater's "kan ik niet
-- beoordelen" and an open question store no number; "cannot judge" never comes with one.
ALTER TABLE self_scan_answer ADD CONSTRAINT ck_self_scan_answer_scale CHECK (answer BETWEEN 1 AND 11);
ALTER TABLE feedback_answer ADD CONSTRAINT ck_feedback_answer_scale CHECK (answer IS NULL OR answer BETWEEN 1 AND 11);
ALTER TABLE feedback_answer ADD CONSTRAINT ck_feedback_answer_cannot_judge CHECK (cannot_judge = FALSE OR answer IS NULL);
ALTER TABLE feedback_request ADD CONSTRAINT ck_feedback_request_reminders CHECK (reminders_sent >= 0);

-- The nominal group vote: a Borda ballot gives 1 to 3 points (VoteCount.MAX_CHOICES).
ALTER TABLE group_vote ADD CONSTRAINT ck_group_vote_points CHECK (points BETWEEN 1 AND 3);

-- A practice plan takes time; a duo is two different people, and so is a conversation's pair.
ALTER TABLE practice_plan ADD CONSTRAINT ck_practice_plan_minutes CHECK (estimated_minutes > 0);
ALTER TABLE duo ADD CONSTRAINT ck_duo_two_people CHECK (person_a_id <> person_b_id);
ALTER TABLE collegial_conversation ADD CONSTRAINT ck_collegial_conversation_roles CHECK (interviewer_id <> narrator_id);

-- The rhythm's per-cohort days (RhythmSettings: 1 to 14, 1 to 28, 1 to 14).
ALTER TABLE rhythm_settings ADD CONSTRAINT ck_rhythm_settings_reflection_days CHECK (reflection_days BETWEEN 1 AND 14);
ALTER TABLE rhythm_settings ADD CONSTRAINT ck_rhythm_settings_scan_nudge_days CHECK (scan_nudge_days BETWEEN 1 AND 28);
ALTER TABLE rhythm_settings ADD CONSTRAINT ck_rhythm_settings_meeting_days CHECK (meeting_reminder_days BETWEEN 1 AND 14);

-- Counters never go below zero.
ALTER TABLE outbox_mail ADD CONSTRAINT ck_outbox_mail_attempts CHECK (attempts >= 0);
ALTER TABLE login_throttle ADD CONSTRAINT ck_login_throttle_failures CHECK (failures >= 0);

-- The library: five competence areas and the cycle's five phases; numbering from 1; sizes not negative.
ALTER TABLE library_item_area ADD CONSTRAINT ck_library_item_area_axis CHECK (axis_number BETWEEN 1 AND 5);
ALTER TABLE library_item_phase ADD CONSTRAINT ck_library_item_phase CHECK (phase BETWEEN 1 AND 5);
ALTER TABLE library_section ADD CONSTRAINT ck_library_section_number CHECK (section_number >= 1);
ALTER TABLE library_file ADD CONSTRAINT ck_library_file_size CHECK (size_bytes >= 0);
ALTER TABLE meeting_material ADD CONSTRAINT ck_meeting_material_order CHECK (sort_order >= 1);
ALTER TABLE library_checklist_entry ADD CONSTRAINT ck_library_checklist_entry_number CHECK (entry_number >= 1);
ALTER TABLE library_checklist_answer ADD CONSTRAINT ck_library_checklist_answer_judgement
    CHECK (judgement IN ('SUFFICIENT', 'IMPROVE', 'NOT_APPLICABLE'));
ALTER TABLE library_card_set ADD CONSTRAINT ck_library_card_set_number CHECK (set_number >= 1);
ALTER TABLE library_card ADD CONSTRAINT ck_library_card_number CHECK (card_number >= 1);
