package nl.leerkring.privacy;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Erases one person in the caller's transaction, so that it happens wholly or not at all. What stays
 * is what the cohort's figures are made of, tied to a person row that no longer says who it was:
 * scan answers, attendance statuses, membership, duo and vote counts, plans and reflections as
 * "written" (their texts blanked). What goes: name, e-mail address, password, every free text the person
 * wrote or that was written about them (rater comments, responses), tokens and links, and the contents
 * of every mail to them or naming them. Used for an erasure request and for retention alike.
 *
 * <p>Like {@link PersonalData} it works on the tables directly: every table with a person reference
 * (see the migrations in {@code sql/}) is handled here.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Anonymiser {

    /** The name an erased person's row shows wherever the cohort's lists still count them. */
    public static final String ERASED_NAME = "Verwijderde deelnemer";

    @PersistenceContext
    private EntityManager em;

    /** The placeholder for the unique, required e-mail column: not an address (no @), so nobody can log in with it. */
    static String erasedEmail(long personId) {
        return "verwijderd-" + personId;
    }

    /** Erases the person unless that happened before; answers whether it happened now. */
    public boolean erase(long personId, LocalDateTime now) {
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT email, display_name, erased_at FROM person WHERE id = ?1 FOR UPDATE")
                .setParameter(1, personId).getResultList();
        if (rows.isEmpty() || rows.get(0)[2] != null) {
            return false;
        }
        String email = (String) rows.get(0)[0];
        String name = (String) rows.get(0)[1];
        blankMails(personId, email, name);
        forgetAccount(personId, email);
        blankFeedback(personId, email);
        blankOwnWork(personId);
        blankLibrary(personId);
        update("""
                UPDATE person SET email = ?2, display_name = ?3, password_hash = NULL, activated_at = NULL,
                disabled = TRUE, credentials_version = credentials_version + 1, erased_at = ?4, version = version + 1
                WHERE id = ?1""", personId, erasedEmail(personId), ERASED_NAME, now);
        em.clear();
        return true;
    }

    /**
     * Mails to the person, and mails to others that name them (a rater's invitation, a facilitator's
     * digest): contents blanked, and those not yet sent are not sent any more.
     */
    private void blankMails(long personId, String email, String name) {
        update("""
                UPDATE outbox_mail SET recipient = ?2, recipient_name = NULL, subject = '', text_body = '', html_body = '',
                attachment_name = NULL, attachment_type = NULL, attachment_content = NULL, claim_token = NULL,
                last_error = CASE WHEN status = 'PENDING' THEN 'Not sent: the recipient was erased' ELSE last_error END,
                status = CASE WHEN status = 'PENDING' THEN 'FAILED' ELSE status END
                WHERE recipient = ?1""", email, erasedEmail(personId));
        String namePattern = "%" + likeEscaped(name) + "%";
        String emailPattern = "%" + likeEscaped(email) + "%";
        update("""
                UPDATE outbox_mail SET subject = '', text_body = '', html_body = '', attachment_content = NULL,
                last_error = CASE WHEN status = 'PENDING' THEN 'Not sent: it named a person who was erased' ELSE last_error END,
                status = CASE WHEN status = 'PENDING' THEN 'FAILED' ELSE status END
                WHERE subject LIKE ?1 ESCAPE '!' OR text_body LIKE ?1 ESCAPE '!' OR html_body LIKE ?1 ESCAPE '!'
                OR subject LIKE ?2 ESCAPE '!' OR text_body LIKE ?2 ESCAPE '!' OR html_body LIKE ?2 ESCAPE '!'""",
                namePattern, emailPattern);
    }

    private void forgetAccount(long personId, String email) {
        update("DELETE FROM login_throttle WHERE throttle_key LIKE ?1 ESCAPE '!'", "%" + likeEscaped(email) + "%");
        update("DELETE FROM account_token WHERE person_id = ?1", personId);
        update("DELETE FROM calendar_feed WHERE person_id = ?1", personId);
        update("DELETE FROM notice_state WHERE person_id = ?1", personId);
        update("DELETE FROM access_log WHERE subject_id = ?1", personId);
        update("DELETE FROM data_export WHERE person_id = ?1", personId);
    }

    /**
     * The person's raters (name, address, message, their written comments; the scale answers stay for
     * the figures), open requests withdrawn, and the person's own name and address where they were a rater.
     */
    private void blankFeedback(long personId, String email) {
        update(RATER_MAILS_BLANKED + """
                WHERE EXISTS (SELECT 1 FROM feedback_request r WHERE r.participant_id = ?1 AND """ + RATER_MAIL_OF_REQUEST + ")",
                personId);
        update("DELETE FROM feedback_link WHERE request_id IN (SELECT id FROM feedback_request WHERE participant_id = ?1)",
                personId);
        update("""
                UPDATE feedback_answer SET text_answer = NULL
                WHERE request_id IN (SELECT id FROM feedback_request WHERE participant_id = ?1)""", personId);
        update("""
                UPDATE feedback_request SET rater_name = '', rater_email = '', personal_message = NULL,
                status = CASE WHEN status IN ('SENT', 'OPENED') THEN 'WITHDRAWN' ELSE status END, version = version + 1
                WHERE participant_id = ?1""", personId);
        update("UPDATE feedback_request SET rater_name = '', rater_email = '', version = version + 1 WHERE rater_email = ?1",
                email);
    }

    /** Questions, plans, reports, reflections, responses, conversations, ideas: the rows stay countable, the texts go. */
    private void blankOwnWork(long personId) {
        update("UPDATE attendance SET reason = NULL WHERE person_id = ?1", personId);
        update("UPDATE learning_question SET question = '' WHERE person_id = ?1", personId);
        update("""
                UPDATE practice_plan SET question = NULL, plan = '',
                report_how = CASE WHEN report_how IS NULL THEN NULL ELSE '' END,
                report_student = CASE WHEN report_student IS NULL THEN NULL ELSE '' END,
                report_learned = CASE WHEN report_learned IS NULL THEN NULL ELSE '' END, version = version + 1
                WHERE person_id = ?1""", personId);
        update("""
                DELETE FROM reflection_response
                WHERE author_id = ?1 OR reflection_id IN (SELECT id FROM reflection WHERE person_id = ?1)""", personId);
        update("""
                UPDATE reflection SET answer_1 = CASE WHEN answer_1 IS NULL THEN NULL ELSE '' END,
                answer_2 = CASE WHEN answer_2 IS NULL THEN NULL ELSE '' END,
                answer_3 = CASE WHEN answer_3 IS NULL THEN NULL ELSE '' END,
                answer_4 = CASE WHEN answer_4 IS NULL THEN NULL ELSE '' END,
                visibility = 'PRIVATE', version = version + 1
                WHERE person_id = ?1""", personId);
        update("""
                UPDATE collegial_conversation SET check_in = NULL, opening = NULL, follow_up = NULL, deepening = NULL,
                check_step = NULL, closing_insights = NULL, actions = NULL, version = version + 1
                WHERE interviewer_id = ?1 OR narrator_id = ?1""", personId);
        update("UPDATE group_idea SET idea_text = '' WHERE author_id = ?1", personId);
    }

    /**
     * Comments, checklist fills and favourites go; so does the person's own material, except what the
     * partnership took into its library, which stays without an author.
     */
    private void blankLibrary(long personId) {
        update("DELETE FROM library_comment WHERE person_id = ?1", personId);
        update("DELETE FROM library_checklist_fill WHERE person_id = ?1", personId);
        update("DELETE FROM library_card_favourite WHERE person_id = ?1", personId);
        update("DELETE FROM library_item WHERE author_id = ?1 AND visibility <> 'PARTNERSHIP'", personId);
        update("UPDATE library_item SET author_id = NULL, version = version + 1 WHERE author_id = ?1",
                personId);
    }

    /** The mails to a rater blanked, address and all; completed by a condition. */
    static final String RATER_MAILS_BLANKED = """
            UPDATE outbox_mail SET recipient = '', recipient_name = NULL, subject = '', text_body = '', html_body = '',
            claim_token = NULL, last_error = CASE WHEN status = 'PENDING' THEN 'Not sent: the rater was forgotten' ELSE last_error END,
            status = CASE WHEN status = 'PENDING' THEN 'FAILED' ELSE status END
            """;

    /** Whether an outbox row (outbox_mail) is an invitation or reminder of feedback request r (see FeedbackService's keys). */
    static final String RATER_MAIL_OF_REQUEST = """
            (outbox_mail.idempotency_key LIKE CONCAT('feedback-request:', r.id, ':%')
            OR outbox_mail.idempotency_key LIKE CONCAT('feedback-reminder:', r.id, ':%'))""";

    private int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** Text for a LIKE pattern with '!' as its escape character. */
    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
