package nl.leerkring.rhythm;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import nl.leerkring.rhythm.RhythmRules.Reminder;

/** One round of the rhythm over every cohort near its meetings; each reminder is queued on its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RhythmRound {

    private static final Logger LOG = Logger.getLogger(RhythmRound.class.getName());

    @Inject
    private RhythmService rhythm;
    @Inject
    private RhythmMailer mailer;

    /** Answers how many mails this round queued. */
    public int run() {
        int queued = 0;
        for (long cohortId : rhythm.cohortsToCheck()) {
            try {
                RhythmService.Due due = rhythm.dueNow(cohortId);
                for (Reminder reminder : due.reminders()) {
                    try {
                        if (mailer.queueAlone(cohortId, due.cohortName(), reminder)) {
                            queued++;
                        }
                    } catch (EJBException | PersistenceException e) {
                        // Another instance queued the same key a moment earlier: the unique key refused this one.
                        LOG.log(Level.FINE, "Reminder " + reminder.key() + " was queued elsewhere", e);
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Rhythm reminders of cohort " + cohortId + " failed; the next round tries again", e);
            }
        }
        return queued;
    }
}
