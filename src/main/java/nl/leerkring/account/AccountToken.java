package nl.leerkring.account;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Tokens;

/**
 * A single-use link sent by e-mail (activation, password reset). Only the SHA-256 hash of the
 * random token is stored, so a copy of the database opens no account.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.FIND_BY_HASH,
        query = "SELECT t FROM AccountToken t JOIN FETCH t.person WHERE t.tokenHash = :hash")
@NamedQuery(name = AccountToken.COUNT_RECENT, query = """
        SELECT COUNT(t) FROM AccountToken t
        WHERE t.person = :person AND t.purpose = :purpose AND t.createdAt > :since""")
@NamedQuery(name = AccountToken.SPEND_OTHERS, query = """
        UPDATE AccountToken t SET t.usedAt = :now
        WHERE t.person = :person AND t.usedAt IS NULL AND t.id <> :used""")
public class AccountToken {

    public static final String FIND_BY_HASH = "AccountToken.findByHash";
    /** Spends every other open link of a person, once one of them set a password. */
    public static final String SPEND_OTHERS = "AccountToken.spendOthers";
    public static final String COUNT_RECENT = "AccountToken.countRecent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = Tokens.HASH_LENGTH)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected AccountToken() {
    }

    AccountToken(Person person, TokenPurpose purpose, String tokenHash, LocalDateTime now) {
        this.person = person;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    public boolean isUsable(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the token; a used or expired token says no in the same words as an unknown one. */
    void use(LocalDateTime now) {
        if (!isUsable(now)) {
            throw new BusinessException("token.invalid");
        }
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }
}
