package nl.leerkring.cohort;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerkring.account.CurrentPerson;

/** cohort/list.xhtml: the cohorts a facilitator runs, or all of them for a coordinator. */
@Named
@RequestScoped
public class CohortListBacking {

    @Inject
    private CohortService cohorts;
    @Inject
    private CurrentPerson currentPerson;

    private List<Cohort> list;

    @PostConstruct
    void load() {
        list = cohorts.listToView(currentPerson.id().orElseThrow());
    }

    public List<Cohort> getCohorts() {
        return list;
    }
}
