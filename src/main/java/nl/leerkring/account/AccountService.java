package nl.leerkring.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.mail.Outbox;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Links;
import nl.leerkring.platform.Role;
import nl.leerkring.platform.TokenLookup;
import nl.leerkring.platform.Tokens;
import nl.leerkring.platform.NotFoundException;

/** Accounts: inviting people, activation, password reset, roles and language. */
@Stateless
public class AccountService {

    /** At most this many reset mails per person per hour, so the form cannot flood a mailbox. */
    static final int MAX_RESETS_PER_HOUR = 3;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private Outbox outbox;
    @Inject
    private LoginThrottleService throttle;
    @Inject
    private Links links;

    public Person getPerson(long id) {
        return findPerson(id).orElseThrow(NotFoundException::new);
    }

    /** The person with their roles, in one query (for a check by role that would load them apart). */
    public Person getPersonWithRoles(long id) {
        return em.createNamedQuery(Person.FIND_WITH_ROLES, Person.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    public Optional<Person> findPerson(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    public Optional<Person> findByEmail(String email) {
        String normalized;
        try {
            normalized = Person.normalizeEmail(email);
        } catch (BusinessException notAnAddress) {
            return Optional.empty();
        }
        return em.createNamedQuery(Person.FIND_BY_EMAIL, Person.class)
                .setParameter("email", normalized)
                .getResultStream().findFirst();
    }

    /** What a signed-in session is checked against on every page: the password's version and the roles now. */
    public record SessionState(long credentialsVersion, Set<Role> roles, String displayName) {
    }

    /**
     * The person's credentials version, current roles and name, in one query; empty when the person is
     * gone. Roles are read afresh on every request, so a role granted (accepting an invitation) or
     * revoked (by the coordinator) counts at once, not only from the next login.
     */
    public Optional<SessionState> sessionState(long personId) {
        List<Object[]> rows = em.createNamedQuery(Person.SESSION_STATE, Object[].class)
                .setParameter("id", personId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(row -> (Role) row[1]).filter(Objects::nonNull).forEach(roles::add);
        return Optional.of(new SessionState((Long) rows.get(0)[0], roles, (String) rows.get(0)[2]));
    }

    /** The person behind a login attempt, roles loaded, only when they may log in. */
    public Optional<Person> findForLogin(String email) {
        Optional<Person> person = findByEmail(email).filter(Person::canLogIn);
        person.ifPresent(p -> p.getRoles().size());
        return person;
    }

    /** Creates an account and queues its activation mail in the same transaction. */
    public Person invite(String email, String displayName, Set<Role> roles, String language) {
        if (findByEmail(email).isPresent()) {
            throw new BusinessException("account.emailInUse");
        }
        Person person = new Person(email, displayName, language, roles, now());
        em.persist(person);
        em.flush();
        sendActivation(person);
        return person;
    }

    /**
     * An account that can log in at once, without an activation mail: only for the demo data
     * of a laptop start.
     */
    public Person createActivated(String email, String displayName, Set<Role> roles, String language, String password) {
        PasswordPolicy.check(password, password, email);
        Person person = new Person(email, displayName, language, roles, now());
        person.setPasswordHash(hasher.hash(password));
        person.activate(now());
        em.persist(person);
        em.flush();
        return person;
    }

    /** A new activation link for someone who has not activated yet (the old one stays valid until it expires). */
    public void resendActivation(long personId) {
        Person person = getPerson(personId);
        if (person.isActivated()) {
            throw new BusinessException("account.alreadyActivated");
        }
        sendActivation(person);
    }

    private void sendActivation(Person person) {
        String token = issueToken(person, TokenPurpose.ACTIVATION);
        outbox.queue("activation:" + Tokens.hash(token), person.getEmail(), person.getDisplayName(),
                person.getLocale(), "activation",
                Map.of("name", person.getDisplayName(), "link", passwordLink(token)), true);
    }

    /** Always answers the same, whether or not the address has an account. */
    public void requestPasswordReset(String email) {
        Optional<Person> person = findByEmail(email).filter(Person::isActivated).filter(p -> !p.isDisabled());
        if (person.isEmpty() || recentResets(person.get()) >= MAX_RESETS_PER_HOUR) {
            return;
        }
        String token = issueToken(person.get(), TokenPurpose.PASSWORD_RESET);
        outbox.queue("password-reset:" + Tokens.hash(token), person.get().getEmail(), person.get().getDisplayName(),
                person.get().getLocale(), "password-reset",
                Map.of("name", person.get().getDisplayName(), "link", passwordLink(token)), true);
    }

    private long recentResets(Person person) {
        return em.createNamedQuery(AccountToken.COUNT_RECENT, Long.class)
                .setParameter("person", person)
                .setParameter("purpose", TokenPurpose.PASSWORD_RESET)
                .setParameter("since", now().minusHours(1))
                .getSingleResult();
    }

    /** What a link is for, when it can still be used; empty for unknown, used and expired links alike. */
    public Optional<TokenPurpose> purposeOf(String token) {
        return findUsableToken(token).map(AccountToken::getPurpose);
    }

    /**
     * Sets the password through an activation or reset link, and spends the link and every other
     * open link of the person: an older reset mail lying in a mailbox opens nothing any more. The
     * new password ends the person's other sessions (see {@link SessionValidityFilter}), and, the
     * mailed link being proof enough, clears the account's login delay.
     */
    public Person setPassword(String token, String password, String repeated) {
        AccountToken accountToken = findUsableToken(token).orElseThrow(() -> new BusinessException("token.invalid"));
        Person person = accountToken.getPerson();
        if (person.isDisabled()) {
            throw new BusinessException("token.invalid");
        }
        PasswordPolicy.check(password, repeated, person.getEmail());
        accountToken.use(now());
        em.createNamedQuery(AccountToken.SPEND_OTHERS)
                .setParameter("now", now())
                .setParameter("person", person)
                .setParameter("used", accountToken.getId())
                .executeUpdate();
        person.setPasswordHash(hasher.hash(password));
        person.activate(now());
        throttle.forgetAccount(person.getEmail());
        return person;
    }

    public void changeLanguage(long personId, String language) {
        getPerson(personId).changeLanguage(language);
    }

    /** Coordinators and facilitators, for the coordinator's people page. */
    public List<Person> listStaff() {
        return em.createNamedQuery(Person.LIST_WITH_ROLES, Person.class)
                .setParameter("roles", EnumSet.of(Role.COORDINATOR, Role.FACILITATOR))
                .getResultList();
    }

    /** Everybody holding a role, roles loaded, by name. */
    public List<Person> listWithRole(Role role) {
        return em.createNamedQuery(Person.LIST_WITH_ROLES, Person.class)
                .setParameter("roles", EnumSet.of(role))
                .getResultList();
    }

    public void setDisabled(long personId, boolean disabled, long actingPersonId) {
        if (personId == actingPersonId) {
            throw new BusinessException("account.notYourself");
        }
        Person person = getPerson(personId);
        if (disabled) {
            person.disable();
        } else {
            person.enable();
        }
    }

    public void setRole(long personId, Role role, boolean granted, long actingPersonId) {
        if (personId == actingPersonId && role == Role.COORDINATOR && !granted) {
            throw new BusinessException("account.notYourself");
        }
        Person person = getPerson(personId);
        if (granted) {
            person.grant(role);
        } else {
            person.revoke(role);
        }
    }

    public long countPeople() {
        return em.createNamedQuery(Person.COUNT_ALL, Long.class).getSingleResult();
    }

    private Optional<AccountToken> findUsableToken(String token) {
        return TokenLookup.find(em, AccountToken.FIND_BY_HASH, AccountToken.class, token)
                .filter(t -> t.isUsable(now()));
    }

    private String issueToken(Person person, TokenPurpose purpose) {
        String token = Tokens.newToken();
        em.persist(new AccountToken(person, purpose, Tokens.hash(token), now()));
        return token;
    }

    private String passwordLink(String token) {
        return links.to("/account/password.xhtml?token=" + token);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
