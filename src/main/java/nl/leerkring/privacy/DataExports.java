package nl.leerkring.privacy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.account.AccountService;
import nl.leerkring.account.Person;
import nl.leerkring.mail.Outbox;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.platform.Tokens;

/**
 * A person's export of all their data: asked for on their page, built by the background job
 * ({@link PrivacyRound}), announced by a mail with a link that works once within
 * {@link DataExport#LINK_VALIDITY}.
 */
@Stateless
public class DataExports {

    /** How long a claim on a pending export holds; a builder that died leaves it to another after this. */
    static final java.time.Duration CLAIM_LEASE = java.time.Duration.ofMinutes(10);
    static final int BATCH = 5;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private AccountService accounts;
    @Inject
    private PersonalData personalData;
    @Inject
    private Outbox outbox;
    @Inject
    @ConfigProperty(name = "leerkring.base-url")
    private String baseUrl;
    @Inject
    @ConfigProperty(name = "leerkring.time-zone", defaultValue = "Europe/Amsterdam")
    private String timeZone;

    /**
     * The person asks for their data. While an export is being built, or ready and not expired, asking
     * again answers that one (phones often post twice): the person's row is locked, so two posts at the
     * same moment make one export.
     */
    public DataExport request(long personId) {
        Person person = em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (person == null || !person.canLogIn()) {
            throw new NotFoundException();
        }
        LocalDateTime now = now();
        Optional<DataExport> latest = latest(personId);
        if (latest.isPresent() && latest.get().isOpen(now)) {
            return latest.get();
        }
        DataExport export = new DataExport(personId, now);
        em.persist(export);
        return export;
    }

    /** The person's newest export, if they ever asked. */
    public Optional<DataExport> latest(long personId) {
        return em.createNamedQuery(DataExport.LATEST_FOR_PERSON, DataExport.class).setParameter("person", personId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Takes up to {@link #BATCH} pending exports for this caller alone; answers their ids and the claim's token. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Claim claimDue() {
        LocalDateTime now = now();
        List<Long> due = em.createNamedQuery(DataExport.DUE_IDS, Long.class).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
        String token = UUID.randomUUID().toString();
        List<Long> claimed = new ArrayList<>();
        for (Long id : due) {
            int updated = em.createNamedQuery(DataExport.CLAIM).setParameter("token", token)
                    .setParameter("until", now.plus(CLAIM_LEASE)).setParameter("id", id).setParameter("now", now)
                    .executeUpdate();
            if (updated == 1) {
                claimed.add(id);
            }
        }
        return new Claim(token, claimed);
    }

    /** What one round of the job took: the exports it alone builds. */
    public record Claim(String token, List<Long> exportIds) {
    }

    /**
     * Builds one claimed export in its own transaction: reads the person's data, stores the ZIP under a
     * new one-time link and queues the mail with that link. Answers false when the claim was lost.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean build(long exportId, String claimToken) {
        DataExport export = em.find(DataExport.class, exportId, LockModeType.PESSIMISTIC_WRITE);
        if (export == null || export.getStatus() != ExportStatus.PENDING || !claimToken.equals(export.claimToken())) {
            return false;
        }
        Person person = accounts.getPerson(export.getPersonId());
        LocalDateTime now = now();
        ZoneId zone = ZoneId.of(timeZone);
        byte[] zip = ExportArchive.zip(personalData.of(person.getId()), person.getLocale(), zone, now);
        String token = Tokens.newToken();
        export.ready(zip, token, now);
        String until = export.getExpiresAt().atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(zone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(person.getLocale()));
        outbox.queue("data-export:" + export.getId(), person.getEmail(), person.getDisplayName(), person.getLocale(),
                "data-export-ready", Map.of("name", person.getDisplayName(), "link", link(token), "until", until), true);
        return true;
    }

    /** The link in the mail; its page asks for one click, so a mail scanner that follows links does not use it up. */
    String link(String token) {
        return baseUrl.replaceAll("/+$", "") + "/my-data/" + token;
    }

    /** The export behind a link, if the link may still be used; uses nothing up. */
    public Optional<DataExport> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(DataExport.FIND_BY_HASH, DataExport.class).setParameter("hash", Tokens.hash(token))
                .getResultStream().filter(e -> e.canBeFetched(now())).findFirst();
    }

    /** Hands the ZIP over once; a second use, an expired or an unknown link answers nothing. */
    public Optional<byte[]> fetch(String token) {
        Optional<DataExport> usable = usable(token);
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        DataExport export = em.find(DataExport.class, usable.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(export);
        LocalDateTime now = now();
        return export.canBeFetched(now) ? Optional.of(export.fetch(now)) : Optional.empty();
    }

    /** Drops the content of exports whose link ran out; answers how many. */
    public int expire() {
        return em.createNamedQuery(DataExport.EXPIRE).setParameter("now", now()).executeUpdate();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
