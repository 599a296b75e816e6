package nl.leerkring.account;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks e-mail and password against the person table. The caller's name is the person's id
 * (an address may change), the groups are the role names. A locked address is refused without
 * looking at the password; every failure counts towards the lock.
 */
@ApplicationScoped
public class PersonIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;
    @Inject
    private LoginThrottleService throttle;
    @Inject
    private PasswordHasher hasher;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = credential.getCaller();
        String password = credential.getPasswordAsString();
        if (throttle.isLocked(email)) {
            return INVALID_RESULT;
        }
        var person = accounts.findForLogin(email);
        if (person.isEmpty()) {
            hasher.verifyDecoy(password);
        } else if (hasher.verify(password, person.get().getPasswordHash())) {
            throttle.reset(email);
            Set<String> groups = person.get().getRoles().stream().map(Role::roleName).collect(Collectors.toSet());
            return new CredentialValidationResult(String.valueOf(person.get().getId()), groups);
        }
        throttle.registerFailure(email);
        return INVALID_RESULT;
    }
}
