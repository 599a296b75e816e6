package nl.leerkring.account;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The signed-in person of this request, for pages and services. */
@Named
@RequestScoped
public class CurrentPerson {

    @Inject
    private SecurityContext securityContext;
    @Inject
    private AccountService accounts;

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

    public boolean isSignedIn() {
        return id().isPresent();
    }

    public boolean isCoordinator() {
        return securityContext.isCallerInRole(Role.COORDINATOR.roleName());
    }

    public boolean isFacilitator() {
        return securityContext.isCallerInRole(Role.FACILITATOR.roleName());
    }

    public boolean isParticipant() {
        return securityContext.isCallerInRole(Role.PARTICIPANT.roleName());
    }
}
