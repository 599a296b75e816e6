package nl.leerkring.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import nl.leerkring.platform.Database;

/**
 * Reads everything Leerkring holds about one person, a list of records per kind. It reads the tables
 * of every feature directly (one query per kind, whatever the amount of data), because a person's data
 * is the sum of all of them and no feature should have to know about the export. A new table with a
 * person reference belongs here, and in {@link Anonymiser}.
 *
 * <p>What is left out: hashes of tokens, the bodies of mails that held a secret link, and of anonymous
 * feedback which rater gave which answer (the answers come grouped by rater role, as the app shows them).
 */
@Stateless
public class PersonalData {

    /** One kind of record: its name (the JSON file's) and a query whose every parameter is the person's id. */
    record Kind(String name, String sql) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("profile", """
                    SELECT id, email, display_name, language, activated_at, created_at FROM person WHERE id = ?"""),
            new Kind("roles", "SELECT role FROM person_role WHERE person_id = ? ORDER BY role"),
            new Kind("cohort_memberships", """
                    SELECT c.name AS cohort, c.partnership, m.state, m.added_at, m.accepted_at
                    FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id WHERE m.person_id = ? ORDER BY m.added_at"""),
            new Kind("attendance", """
                    SELECT c.name AS cohort, mt.meeting_number, mt.starts_at, a.status, a.reason, a.recorded_at
                    FROM attendance a JOIN meeting mt ON mt.id = a.meeting_id JOIN cohort c ON c.id = mt.cohort_id
                    WHERE a.person_id = ? ORDER BY mt.starts_at"""),
            new Kind("self_scans", """
                    SELECT id AS scan, moment, status, started_at, submitted_at FROM self_scan WHERE person_id = ?
                    ORDER BY started_at"""),
            new Kind("self_scan_answers", """
                    SELECT a.scan_id AS scan, i.item_key, i.wording AS statement, a.answer
                    FROM self_scan_answer a JOIN self_scan s ON s.id = a.scan_id JOIN framework_item i ON i.id = a.item_id
                    WHERE s.person_id = ? ORDER BY a.scan_id, i.sort_order"""),
            new Kind("self_scans_shared_with_cohorts", """
                    SELECT sc.scan_id AS scan, c.name AS cohort, sc.brought_along, sc.linked_at
                    FROM scan_cohort sc JOIN self_scan s ON s.id = sc.scan_id JOIN cohort c ON c.id = sc.cohort_id
                    WHERE s.person_id = ? ORDER BY sc.linked_at"""),
            new Kind("feedback_requests", """
                    SELECT id AS request, rater_role, rater_name, rater_email, language, personal_message, deadline,
                    anonymous, moment, status, created_at, opened_at, submitted_at, reminders_sent
                    FROM feedback_request WHERE participant_id = ? ORDER BY created_at"""),
            new Kind("feedback_received_named", """
                    SELECT a.request_id AS request, r.rater_role, i.item_key, i.wording AS item, a.answer, a.cannot_judge,
                    a.text_answer
                    FROM feedback_answer a JOIN feedback_request r ON r.id = a.request_id
                    JOIN framework_item i ON i.id = a.item_id
                    WHERE r.participant_id = ? AND r.status = 'SUBMITTED' AND r.anonymous = FALSE
                    ORDER BY a.request_id, i.sort_order"""),
            new Kind("feedback_received_anonymous", """
                    SELECT r.rater_role, r.moment, i.item_key, i.wording AS item, a.answer, a.cannot_judge, a.text_answer
                    FROM feedback_answer a JOIN feedback_request r ON r.id = a.request_id
                    JOIN framework_item i ON i.id = a.item_id
                    WHERE r.participant_id = ? AND r.status = 'SUBMITTED' AND r.anonymous = TRUE
                    ORDER BY r.rater_role, r.moment, i.sort_order, a.answer, a.text_answer"""),
            new Kind("feedback_shared_with_cohorts", """
                    SELECT c.name AS cohort, f.shared_at FROM feedback_share f JOIN cohort c ON c.id = f.cohort_id
                    WHERE f.person_id = ? ORDER BY f.shared_at"""),
            new Kind("learning_questions", """
                    SELECT c.name AS cohort, x.area, q.question, q.created_at
                    FROM learning_question q JOIN cohort c ON c.id = q.cohort_id JOIN framework_axis x ON x.id = q.axis_id
                    WHERE q.person_id = ? ORDER BY q.created_at"""),
            new Kind("practice_plans_and_reports", """
                    SELECT c.name AS cohort, mt.meeting_number, p.question, p.plan, p.estimated_minutes, p.created_at,
                    p.updated_at, p.report_how, p.report_student, p.report_learned, p.reported_at
                    FROM practice_plan p JOIN meeting mt ON mt.id = p.meeting_id JOIN cohort c ON c.id = mt.cohort_id
                    WHERE p.person_id = ? ORDER BY mt.starts_at"""),
            new Kind("reflections", """
                    SELECT r.id AS reflection, c.name AS cohort, mt.meeting_number, r.answer_1, r.answer_2, r.answer_3,
                    r.answer_4, r.visibility, r.submitted_at, r.updated_at
                    FROM reflection r JOIN meeting mt ON mt.id = r.meeting_id JOIN cohort c ON c.id = r.cohort_id
                    WHERE r.person_id = ? ORDER BY mt.starts_at"""),
            new Kind("responses_to_my_reflections", """
                    SELECT rr.reflection_id AS reflection, p.display_name AS author, rr.text, rr.created_at
                    FROM reflection_response rr JOIN reflection r ON r.id = rr.reflection_id
                    JOIN person p ON p.id = rr.author_id
                    WHERE r.person_id = ? ORDER BY rr.created_at"""),
            new Kind("my_responses_to_reflections", """
                    SELECT rr.reflection_id AS reflection, rr.text, rr.created_at FROM reflection_response rr
                    WHERE rr.author_id = ? ORDER BY rr.created_at"""),
            new Kind("duos", """
                    SELECT c.name AS cohort, p.display_name AS partner, d.created_at
                    FROM duo d JOIN cohort c ON c.id = d.cohort_id
                    JOIN person p ON p.id = CASE WHEN d.person_a_id = ? THEN d.person_b_id ELSE d.person_a_id END
                    WHERE ? IN (d.person_a_id, d.person_b_id) ORDER BY d.created_at"""),
            new Kind("collegial_conversations", """
                    SELECT cc.held_on, i.display_name AS interviewer, n.display_name AS narrator, cc.check_in,
                    cc.opening, cc.follow_up, cc.deepening, cc.check_step, cc.closing_insights, cc.actions, cc.updated_at
                    FROM collegial_conversation cc JOIN person i ON i.id = cc.interviewer_id
                    JOIN person n ON n.id = cc.narrator_id
                    WHERE ? IN (cc.interviewer_id, cc.narrator_id) ORDER BY cc.held_on"""),
            new Kind("group_question_ideas", """
                    SELECT gi.session_id AS session, c.name AS cohort, gi.idea_text, gi.created_at
                    FROM group_idea gi JOIN group_session gs ON gs.id = gi.session_id JOIN cohort c ON c.id = gs.cohort_id
                    WHERE gi.author_id = ? ORDER BY gi.created_at"""),
            new Kind("group_question_votes", """
                    SELECT gv.session_id AS session, gi.idea_text AS idea, gv.points
                    FROM group_vote gv JOIN group_idea gi ON gi.id = gv.idea_id
                    WHERE gv.voter_id = ? ORDER BY gv.session_id, gv.points DESC"""),
            new Kind("library_items", """
                    SELECT id AS item, title, description, item_type, link_url, visibility, created_at, updated_at
                    FROM library_item WHERE author_id = ? ORDER BY created_at"""),
            new Kind("library_item_sections", """
                    SELECT s.item_id AS item, s.section_number, s.heading, s.body
                    FROM library_section s JOIN library_item li ON li.id = s.item_id
                    WHERE li.author_id = ? ORDER BY s.item_id, s.section_number"""),
            new Kind("library_comments", """
                    SELECT li.title AS item, lc.body, lc.created_at FROM library_comment lc
                    JOIN library_item li ON li.id = lc.item_id WHERE lc.person_id = ? ORDER BY lc.created_at"""),
            new Kind("library_uses", """
                    SELECT li.title AS item, lu.used_at FROM library_use lu JOIN library_item li ON li.id = lu.item_id
                    WHERE lu.person_id = ? ORDER BY lu.used_at"""),
            new Kind("checklist_fills", """
                    SELECT f.id AS fill, li.title AS checklist, f.saved_at, f.note
                    FROM library_checklist_fill f JOIN library_item li ON li.id = f.item_id
                    WHERE f.person_id = ? ORDER BY f.saved_at"""),
            new Kind("checklist_answers", """
                    SELECT a.fill_id AS fill, e.wording AS entry, a.judgement
                    FROM library_checklist_answer a JOIN library_checklist_fill f ON f.id = a.fill_id
                    JOIN library_checklist_entry e ON e.id = a.entry_id
                    WHERE f.person_id = ? ORDER BY a.fill_id, e.entry_number"""),
            new Kind("favourite_cards", """
                    SELECT c.wording AS card, fv.marked_at FROM library_card_favourite fv
                    JOIN library_card c ON c.id = fv.card_id WHERE fv.person_id = ? ORDER BY fv.marked_at"""),
            new Kind("notice_settings", """
                    SELECT seen_until, digest_until, digest_on FROM notice_state WHERE person_id = ?"""),
            new Kind("calendar_feed", "SELECT created_at FROM calendar_feed WHERE person_id = ?"),
            new Kind("who_opened_my_data", """
                    SELECT a.opened_at, a.kind, a.viewer_role, v.display_name AS viewer FROM access_log a
                    JOIN person v ON v.id = a.viewer_id WHERE a.subject_id = ? ORDER BY a.opened_at, a.id"""),
            new Kind("account_links", """
                    SELECT purpose, created_at, expires_at, used_at FROM account_token WHERE person_id = ?
                    ORDER BY created_at"""),
            new Kind("mails_sent_to_me", """
                    SELECT m.subject, CASE WHEN m.contains_secret THEN NULL ELSE m.text_body END AS text_body,
                    m.contains_secret AS held_a_personal_link, m.status, m.created_at, m.sent_at
                    FROM outbox_mail m WHERE m.recipient = (SELECT p.email FROM person p WHERE p.id = ?)
                    ORDER BY m.created_at, m.id"""),
            new Kind("privacy_requests", """
                    SELECT 'EXPORT' AS kind, status, requested_at FROM data_export WHERE person_id = ?
                    UNION ALL SELECT 'ERASURE', status, requested_at FROM erasure_request WHERE person_id = ?"""));

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    /** Every kind with its records, in the order of {@link #KINDS}. */
    public Map<String, List<Map<String, Object>>> of(long personId) {
        Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Kind kind : KINDS) {
                data.put(kind.name(), records(connection, kind.sql(), personId));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the personal data of person " + personId + " failed", e);
        }
        return data;
    }

    private static List<Map<String, Object>> records(Connection connection, String sql, long personId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            // Every parameter is the person's id; none of the queries has a '?' inside a literal.
            long parameters = sql.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= parameters; i++) {
                statement.setLong(i, personId);
            }
            List<Map<String, Object>> records = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    Map<String, Object> record = new LinkedHashMap<>();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        record.put(columns.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT),
                                value(rows, c, columns.getColumnType(c)));
                    }
                    records.add(record);
                }
            }
            return records;
        }
    }

    /** A column's value as String, Long, Boolean, LocalDate or LocalDateTime (UTC), or null. */
    private static Object value(ResultSet rows, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.BOOLEAN, Types.BIT -> rows.getBoolean(column);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> rows.getLong(column);
            case Types.DATE -> rows.getObject(column, LocalDate.class);
            case Types.TIMESTAMP -> rows.getObject(column, LocalDateTime.class);
            default -> rows.getString(column);
        };
        return rows.wasNull() ? null : value;
    }
}
