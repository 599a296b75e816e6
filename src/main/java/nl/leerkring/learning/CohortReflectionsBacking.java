package nl.leerkring.learning;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.platform.NotFoundException;

/**
 * learning/reflections.xhtml: the reflections of a cohort the viewer may read. A participant
 * sees their own and what peers shared with the group; the facilitator sees who reflected on
 * each held meeting, and what was shared with them or the group.
 */
@Named
@RequestScoped
public class CohortReflectionsBacking {

    @Inject
    private ReflectionService reflections;
    @Inject
    private DuoService duos;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "cohort")
    private Long cohortId;

    private ReflectionService.Overview overview;

    public void load() {
        if (overview != null) {
            return;
        }
        if (cohortId == null) {
            throw new NotFoundException();
        }
        overview = reflections.overview(cohortId, currentPerson.id().orElseThrow());
    }

    public ReflectionService.Overview getOverview() {
        load();
        return overview;
    }

    /** The participant's duo in this cohort, for the link to their collegial conversations; null when not paired. */
    public Duo getDuo() {
        load();
        return overview.facilitator() ? null
                : duos.findDuo(cohortId, currentPerson.id().orElseThrow()).orElse(null);
    }

    public boolean isOwn(Reflection reflection) {
        return reflection.isBy(currentPerson.id().orElseThrow());
    }

    public List<String> getQuestions() {
        return Reflection.QUESTIONS;
    }
}
