package nl.leerkring.account;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Role;
import nl.leerkring.platform.Text;

/**
 * Anybody with an account: coordinator, facilitator, participant (a person may be several).
 * The e-mail address is the login name and is kept in lower case.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.FIND_BY_EMAIL, query = "SELECT p FROM Person p WHERE p.email = :email")
@NamedQuery(name = Person.COUNT_ALL, query = "SELECT COUNT(p) FROM Person p")
@NamedQuery(name = Person.LIST_WITH_ROLES, query = """
        SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.roles
        WHERE EXISTS (SELECT q FROM Person q JOIN q.roles r WHERE q = p AND r IN :roles)
        ORDER BY p.displayName""")
@NamedQuery(name = Person.FIND_WITH_ROLES, query = "SELECT p FROM Person p LEFT JOIN FETCH p.roles WHERE p.id = :id")
@NamedQuery(name = Person.SESSION_STATE, query = """
        SELECT p.credentialsVersion, r, p.displayName FROM Person p LEFT JOIN p.roles r WHERE p.id = :id""")
public class Person {

    public static final String FIND_BY_EMAIL = "Person.findByEmail";
    public static final String SESSION_STATE = "Person.sessionState";
    public static final String FIND_WITH_ROLES = "Person.findWithRoles";
    public static final String COUNT_ALL = "Person.countAll";
    public static final String LIST_WITH_ROLES = "Person.listWithRoles";

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 100;
    public static final int PASSWORD_HASH_MAX = 255;
    /** A pragmatic check: one @, no spaces, a dot in the domain. The activation mail proves the rest. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", length = PASSWORD_HASH_MAX)
    private String passwordHash;

    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Column(name = "activated_at")
    private LocalDateTime activatedAt;

    @Column(name = "disabled", nullable = false)
    private boolean disabled;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Raised by every new password; sessions opened with an older value end (SessionValidityFilter). */
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Person() {
    }

    public Person(String email, String displayName, String language, Set<Role> roles, LocalDateTime now) {
        this.email = normalizeEmail(email);
        rename(displayName);
        changeLanguage(language);
        if (roles.isEmpty()) {
            throw new BusinessException("account.roleRequired");
        }
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = now;
    }

    /** Lower case, trimmed, and checked: the one spelling of an address we store and look up. */
    public static String normalizeEmail(String email) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (normalized.length() > EMAIL_MAX || !EMAIL.matcher(normalized).matches()) {
            throw new BusinessException("account.emailInvalid");
        }
        return normalized;
    }

    public void rename(String newName) {
        String checked = Text.singleLine(newName, NAME_MAX, "field.personName");
        if (checked == null) {
            throw new BusinessException("account.nameInvalid", NAME_MAX);
        }
        this.displayName = checked;
    }

    public void changeLanguage(String newLanguage) {
        if (!"nl".equals(newLanguage) && !"en".equals(newLanguage)) {
            throw new BusinessException("account.languageInvalid");
        }
        this.language = newLanguage;
    }

    /** A new password: every session opened with the old one is to end. */
    void setPasswordHash(String hash) {
        this.passwordHash = hash;
        this.credentialsVersion++;
    }

    void activate(LocalDateTime now) {
        if (activatedAt == null) {
            activatedAt = now;
        }
    }

    public void disable() {
        disabled = true;
    }

    public void enable() {
        disabled = false;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        if (roles.size() == 1 && roles.contains(role)) {
            throw new BusinessException("account.roleRequired");
        }
        roles.remove(role);
    }

    /** May log in: activated, not disabled, has a password. */
    public boolean canLogIn() {
        return activatedAt != null && !disabled && passwordHash != null;
    }

    public boolean isActivated() {
        return activatedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public long getCredentialsVersion() {
        return credentialsVersion;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getLanguage() {
        return language;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public boolean isDisabled() {
        return disabled;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
