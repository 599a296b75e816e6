package nl.leerkring.cohort;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.leerkring.account.CurrentPerson;

/**
 * cohort/list.xhtml: the cohorts a facilitator runs, or all of them for a coordinator, one page at a
 * time and searchable by name (a GET form and links, so a page of the list can be kept and carries no view state).
 */
@Named
@RequestScoped
public class CohortListBacking {

    @Inject
    private CohortService cohorts;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "q")
    private String name;
    @Inject
    @Param(name = "page")
    private String page;

    private CohortService.CohortPage list;

    public CohortService.CohortPage getList() {
        if (list == null) {
            list = cohorts.pageToView(currentPerson.id().orElseThrow(), getName(), pageNumber());
        }
        return list;
    }

    /** The name searched for, cut to what a cohort's name can hold. */
    public String getName() {
        return name == null ? null : name.strip().substring(0, Math.min(name.strip().length(), Cohort.NAME_MAX));
    }

    private int pageNumber() {
        try {
            return page == null ? 1 : Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
