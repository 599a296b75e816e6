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

    public int getShown() {
        return RhythmService.LOG_SHOWN;
    }
}
