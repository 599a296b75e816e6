package nl.leerkring.learning.session;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;

/**
 * The shared-question part of cohort/view.xhtml, for the cohort's facilitators: the form that starts
 * a session (per group when the cohort has groups). The sessions listed come with the cohort page
 * ({@code CohortBacking}), which has checked the cohort already.
 */
@Named
@RequestScoped
public class CohortSessionsBacking {

    @Inject
    private GroupQuestionService service;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "id")
    private Long cohortId;

    private Long groupId;

    public void start() throws IOException {
        GroupSession session = service.start(cohortId, groupId, currentPerson.id().orElseThrow());
        Messages.addFlashGlobalInfo("learning.group.started");
        Faces.redirect("learning/session.xhtml?id=%s", String.valueOf(session.getId()));
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }
}
