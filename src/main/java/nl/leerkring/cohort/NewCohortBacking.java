package nl.leerkring.cohort;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.account.Person;

/** cohort/new.xhtml: a facilitator starts a cohort; six meetings are proposed at once. */
@Named
@RequestScoped
public class NewCohortBacking {

    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private CurrentPerson currentPerson;

    // No @Size: the entity refuses a too long text with a message naming the field and the limit.
    @NotBlank
    private String name;
    @NotBlank
    private String partnership;
    @NotNull
    private LocalDate startDate;
    private Long coFacilitatorId;

    private List<Person> coFacilitators;

    public void create() throws IOException {
        Cohort cohort = cohorts.create(name, partnership, startDate, coFacilitatorId, me());
        Messages.addFlashGlobalInfo("cohort.created", cohort.getName());
        long past = meetingService.meetingsStarted(cohort);
        if (past > 0) {
            // Allowed on purpose (entering a track that already runs), but never without a word.
            Messages.addFlashGlobalWarn("cohort.startInPast", past);
        }
        Faces.redirect("cohort/view.xhtml?id=%s", String.valueOf(cohort.getId()));
    }

    /** Other facilitators who can form a duo with the current one. */
    public List<Person> getCoFacilitators() {
        if (coFacilitators == null) {
            long me = me();
            coFacilitators = cohorts.facilitators().stream().filter(p -> p.getId() != me).toList();
        }
        return coFacilitators;
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPartnership() {
        return partnership;
    }

    public void setPartnership(String partnership) {
        this.partnership = partnership;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Long getCoFacilitatorId() {
        return coFacilitatorId;
    }

    public void setCoFacilitatorId(Long coFacilitatorId) {
        this.coFacilitatorId = coFacilitatorId;
    }
}
