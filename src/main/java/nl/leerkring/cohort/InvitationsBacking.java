package nl.leerkring.cohort;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;

/**
 * The card with open cohort invitations on the home page (dashboard.xhtml), for every signed-in
 * person: only their own answer makes them a member, and only their own "yes" gives them the
 * participant role.
 */
@Named
@RequestScoped
public class InvitationsBacking {

    @Inject
    private CohortService cohorts;
    @Inject
    private CurrentPerson currentPerson;

    private List<CohortMember> invitations;

    public List<CohortMember> getInvitations() {
        if (invitations == null) {
            invitations = cohorts.invitationsOf(me());
        }
        return invitations;
    }

    public void accept(long cohortId) throws IOException {
        Cohort cohort = cohorts.accept(cohortId, me());
        Messages.addFlashGlobalInfo("cohort.invitation.accepted", cohort.getName());
        Faces.redirect(Faces.getRequestContextPath() + "/dashboard.xhtml");
    }

    public void decline(long cohortId) throws IOException {
        cohorts.decline(cohortId, me());
        Messages.addFlashGlobalInfo("cohort.invitation.declined");
        Faces.redirect(Faces.getRequestContextPath() + "/dashboard.xhtml");
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }
}
