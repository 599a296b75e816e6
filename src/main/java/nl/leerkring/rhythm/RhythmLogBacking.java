package nl.leerkring.rhythm;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.mail.OutboxMail;
import nl.leerkring.platform.NotFoundException;

/** rhythm/log.xhtml: the mails of one cohort, for its facilitators; times on the cohort's wall clock. */
@Named
@RequestScoped
public class RhythmLogBacking {

    @Inject
    private RhythmService rhythm;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "cohort")
    private Long cohortId;

    private Cohort cohort;
    private List<OutboxMail> mails;

    public void load() {
        if (cohort != null) {
            return;
        }
        if (cohortId == null) {
            throw new NotFoundException();
        }
        long me = currentPerson.id().orElseThrow(NotFoundException::new);
        cohort = rhythm.cohortToManage(cohortId, me);
        mails = rhythm.log(cohortId, me);
    }

    public Cohort getCohort() {
        load();
        return cohort;
    }

    public List<OutboxMail> getMails() {
        load();
        return mails;
    }

    /**
     * What kind of mail it is, read from its idempotency key ("meeting-invitation:..."), so a facilitator
     * sees an invitation still waiting in the outbox for what it is.
     */
    public String kindLabel(OutboxMail mail) {
        String key = mail.getIdempotencyKey();
        String prefix = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
        return KINDS.contains(prefix) ? "rhythm.log.kind." + prefix : "rhythm.log.kind.other";
    }

    private static final java.util.Set<String> KINDS = java.util.Set.of("meeting-invitation", "meeting-cancel",
            "meeting-reminder", "summary", "halfway", "reflection-reminder", "scan-nudge", "cohort-invitation");

    public int getShown() {
        return RhythmService.LOG_SHOWN;
    }
}
