package nl.leerkring.learning;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.account.Person;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.platform.NotFoundException;

/** learning/duos.xhtml: the facilitator pairs participants into duos, or lets them choose. */
@Named
@RequestScoped
public class DuosBacking {

    @Inject
    private DuoService duos;
    @Inject
    private CohortService cohorts;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "cohort")
    private Long cohortId;

    private Cohort cohort;
    private List<Duo> list;
    private List<Person> unpaired;
    private Long first;
    private Long second;
    private boolean selfChosen;

    public void load() {
        if (cohort != null) {
            return;
        }
        if (cohortId == null) {
            throw new NotFoundException();
        }
        cohort = cohorts.getToManage(cohortId, me());
        selfChosen = cohort.isDuosSelfChosen();
        list = duos.list(cohort);
        unpaired = duos.unpaired(cohort, list);
    }

    private void reload() {
        cohort = null;
        load();
    }

    public void pair() {
        load();
        Duo duo = duos.pair(cohortId, first == null ? -1 : first, second == null ? -1 : second, me());
        Messages.addGlobalInfo("learning.duo.paired", duo.getPersonA().getDisplayName(), duo.getPersonB().getDisplayName());
        first = null;
        second = null;
        reload();
    }

    public void split(long duoId) {
        duos.split(duoId, me());
        Messages.addGlobalInfo("learning.duo.split");
        reload();
    }

    public void saveChoice() {
        boolean choice = selfChosen;
        duos.letParticipantsChoose(cohortId, choice, me());
        Messages.addGlobalInfo(choice ? "learning.duo.choiceOpen" : "learning.duo.choiceClosed");
        reload();
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public Cohort getCohort() {
        load();
        return cohort;
    }

    public List<Duo> getList() {
        load();
        return list;
    }

    public List<Person> getUnpaired() {
        load();
        return unpaired;
    }

    public Long getFirst() {
        return first;
    }

    public void setFirst(Long first) {
        this.first = first;
    }

    public Long getSecond() {
        return second;
    }

    public void setSecond(Long second) {
        this.second = second;
    }

    public boolean isSelfChosen() {
        load();
        return selfChosen;
    }

    public void setSelfChosen(boolean selfChosen) {
        load();
        this.selfChosen = selfChosen;
    }
}
