package nl.leerkring.cohort;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.account.Person;
import nl.leerkring.platform.Links;
import nl.leerkring.platform.TokenLookup;
import nl.leerkring.platform.Tokens;

/**
 * The personal calendar feed: a secret link per person that a calendar app subscribes to, with the
 * meetings of the cohorts they take part in (accepted) or facilitate, under the same UIDs and
 * SEQUENCEs as the invitations. Every method acts for the person themselves only.
 */
@Stateless
public class CalendarFeedService {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private MeetingMails meetingMails;
    @Inject
    private Links links;

    /** When the person's current link was made, if they have one. */
    public Optional<LocalDateTime> linkMadeAt(long personId) {
        return find(personId).map(CalendarFeed::getCreatedAt);
    }

    /** Makes a new link (the old one, if any, stops working) and answers its address: shown once. */
    public String renew(long personId) {
        String token = Tokens.newToken();
        Optional<CalendarFeed> existing = find(personId);
        if (existing.isPresent()) {
            existing.get().renew(token, LocalDateTime.now(clock));
        } else {
            em.persist(new CalendarFeed(em.getReference(Person.class, personId), token, LocalDateTime.now(clock)));
        }
        return links.to("/calendar/" + token + ".ics");
    }

    /** The link stops working. */
    public void revoke(long personId) {
        find(personId).ifPresent(em::remove);
    }

    /** The feed for a token, or empty for a token that is unknown, renewed or revoked. */
    public Optional<String> feed(String token) {
        Optional<CalendarFeed> feed = TokenLookup.find(em, CalendarFeed.FIND_BY_HASH, CalendarFeed.class, token);
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        Person person = feed.get().getPerson();
        Map<Long, Cohort> cohorts = new LinkedHashMap<>();
        em.createNamedQuery(Cohort.LIST_FOR_MEMBER, Cohort.class).setParameter("person", person.getId())
                .getResultList().forEach(c -> cohorts.put(c.getId(), c));
        em.createNamedQuery(Cohort.LIST_FOR_FACILITATOR, Cohort.class).setParameter("person", person.getId())
                .getResultList().forEach(c -> cohorts.putIfAbsent(c.getId(), c));
        List<MeetingCalendar.Event> events = new ArrayList<>();
        if (!cohorts.isEmpty()) {
            em.createNamedQuery(Meeting.LIST_FOR_COHORTS, Meeting.class)
                    .setParameter("cohorts", List.copyOf(cohorts.keySet())).getResultList()
                    .forEach(m -> events.add(meetingMails.event(m, person.getLocale())));
        }
        return Optional.of(meetingMails.calendar().feed(events, clock.instant()));
    }

    private Optional<CalendarFeed> find(long personId) {
        return em.createNamedQuery(CalendarFeed.FIND_FOR_PERSON, CalendarFeed.class).setParameter("person", personId)
                .getResultStream().findFirst();
    }
}
