package nl.leerkring.account;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import nl.leerkring.platform.ClientAddress;
import nl.leerkring.platform.Role;

/**
 * Checks e-mail and password against the person table. The caller's name is the person's id
 * (an address may change), the groups are the role names. An account or client that must wait
 * (see {@link LoginThrottle}) is refused without looking at the password; every failure counts
 * against both. A successful login remembers the person's credentials version in the session, so
 * that {@link SessionValidityFilter} can end the session when the password changes.
 */
@ApplicationScoped
public class PersonIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;
    @Inject
    private LoginThrottleService throttle;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private HttpServletRequest request;
    @Inject
    private ClientAddress clientAddress;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = credential.getCaller();
        String password = credential.getPasswordAsString();
        String client = clientAddress.of(request);
        if (throttle.mustWait(email, client)) {
            return INVALID_RESULT;
        }
        var person = accounts.findForLogin(email);
        if (person.isEmpty()) {
            hasher.verifyDecoy(password);
        } else if (hasher.verify(password, person.get().getPasswordHash())) {
            throttle.forgetAccount(email);
            request.getSession().setAttribute(SessionValidityFilter.CREDENTIALS_VERSION,
                    person.get().getCredentialsVersion());
            Set<String> groups = person.get().getRoles().stream().map(Role::roleName).collect(Collectors.toSet());
            return new CredentialValidationResult(String.valueOf(person.get().getId()), groups);
        }
        throttle.registerLoginFailure(email, client);
        return INVALID_RESULT;
    }
}
