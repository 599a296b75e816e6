package nl.leerkring.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Daily jobs that one instance runs, not every instance: each job has a row in {@code daily_job}
 * (sql/V026), and an instance may run the job of a day only when its conditional UPDATE moves
 * {@code last_run_on} to that day. The claim commits on its own, so a second instance that looks a
 * moment later sees the day taken, whatever happens to the job itself.
 */
@Stateless
public class DailyJobs {

    @PersistenceContext
    private EntityManager em;

    /** Answers whether this instance runs the job for this day (true at most once per job and day). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, LocalDate day) {
        return em.createNativeQuery("UPDATE daily_job SET last_run_on = ?, claimed_at = ? "
                        + "WHERE name = ? AND (last_run_on IS NULL OR last_run_on < ?)")
                .setParameter(1, day)
                .setParameter(2, LocalDateTime.now(ZoneOffset.UTC))
                .setParameter(3, job)
                .setParameter(4, day)
                .executeUpdate() == 1;
    }
}
