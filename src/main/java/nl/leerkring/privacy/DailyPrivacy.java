package nl.leerkring.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.platform.DailyJobs;

/**
 * The daily privacy round's claim and its clean-up of raters: a rater's name and address are kept while
 * the request is open (for reminders and the participant's overview) and removed once it was closed
 * (answered, withdrawn or past its deadline) longer than {@code leerkring.privacy.rater-days} ago.
 */
@Stateless
public class DailyPrivacy {

    /** The round's row in {@code daily_job} (sql/V028). */
    static final String JOB = "privacy-daily";

    @PersistenceContext
    private EntityManager em;
    @Inject
    private DailyJobs dailyJobs;
    @Inject
    private Clock clock;
    @Inject
    @ConfigProperty(name = "leerkring.privacy.rater-days", defaultValue = "90")
    private int raterDays;

    /**
     * Answers whether this instance runs today's round: the first to claim the day in the shared
     * {@code daily_job} table; others, and this one again that day, get false.
     */
    public boolean claimToday() {
        return dailyJobs.claim(JOB, LocalDate.now(clock));
    }

    /** Removes the names and addresses of raters of requests closed long enough ago; answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetRaters() {
        LocalDateTime cutoff = LocalDateTime.now(clock).minusDays(raterDays);
        String closed = """
                r.rater_email <> '' AND (COALESCE(r.submitted_at, r.last_mail_at) < ?1 AND r.status IN ('SUBMITTED', 'WITHDRAWN')
                OR r.status IN ('SENT', 'OPENED') AND r.deadline < ?2)""";
        update(Anonymiser.RATER_MAILS_BLANKED + "WHERE EXISTS (SELECT 1 FROM feedback_request r WHERE " + closed + " AND "
                + Anonymiser.RATER_MAIL_OF_REQUEST + ")", cutoff);
        update("DELETE FROM feedback_link WHERE request_id IN (SELECT r.id FROM feedback_request r WHERE " + closed + ")",
                cutoff);
        return update("UPDATE feedback_request r SET rater_name = '', rater_email = '', version = version + 1 WHERE " + closed,
                cutoff);
    }

    private int update(String sql, LocalDateTime cutoff) {
        return em.createNativeQuery(sql).setParameter(1, cutoff).setParameter(2, cutoff.toLocalDate()).executeUpdate();
    }
}
