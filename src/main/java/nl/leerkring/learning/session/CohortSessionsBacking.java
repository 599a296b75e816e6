package nl.leerkring.learning.session;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;

/**
 * The shared-question part of cohort/view.xhtml, for the cohort's facilitators: its sessions and
 * the form that starts one (per group when the cohort has groups).
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

    private List<GroupSession> sessions;
    private Long groupId;

    public void start() throws IOException {
        GroupSession session = service.start(cohortId, groupId, currentPerson.id().orElseThrow());
        Messages.addFlashGlobalInfo("learning.group.started");
        Faces.redirect("learning/session.xhtml?id=%s", String.valueOf(session.getId()));
    }

    /** The cohort's sessions, newest first. */
    public List<GroupSession> getSessions() {
        if (sessions == null) {
            sessions = service.sessionsToManage(cohortId, currentPerson.id().orElseThrow());
        }
        return sessions;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }
}
