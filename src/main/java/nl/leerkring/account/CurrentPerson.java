package nl.leerkring.account;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import nl.leerkring.platform.PageAccess;
import nl.leerkring.platform.Role;

/** The signed-in person of this request, for pages and services. */
@Named
@RequestScoped
public class CurrentPerson {

    @Inject
    private SecurityContext securityContext;
    @Inject
    private AccountService accounts;
    @Inject
    private HttpServletRequest request;

    private Person person;

    public Optional<Long> id() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(principal.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The signed-in person; pages behind the login are never reached without one. */
    public Person getPerson() {
        if (person == null) {
            person = accounts.getPerson(id().orElseThrow(() -> new IllegalStateException("Nobody is signed in")));
        }
        return person;
    }

    /** The signed-in person's name, as the session check read it for this request (no query of its own). */
    public String getDisplayName() {
        return request.getAttribute(SessionValidityFilter.STATE) instanceof AccountService.SessionState state
                ? state.displayName() : getPerson().getDisplayName();
    }

    public boolean isSignedIn() {
        return id().isPresent();
    }

    public boolean isCoordinator() {
        return hasRole(Role.COORDINATOR);
    }

    public boolean isFacilitator() {
        return hasRole(Role.FACILITATOR);
    }

    public boolean isParticipant() {
        return hasRole(Role.PARTICIPANT);
    }

    /** By the roles the database has now (see {@link SessionValidityFilter}), else those of the login. */
    @SuppressWarnings("unchecked")
    private boolean hasRole(Role role) {
        Object current = request.getAttribute(PageAccess.CURRENT_ROLES);
        if (current != null) {
            return ((Set<Role>) current).contains(role);
        }
        return securityContext.isCallerInRole(role.roleName());
    }
}
