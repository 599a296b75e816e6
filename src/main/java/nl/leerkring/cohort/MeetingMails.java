package nl.leerkring.cohort;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.account.Person;
import nl.leerkring.mail.MailAttachment;
import nl.leerkring.mail.Outbox;
import nl.leerkring.platform.Links;
import nl.leerkring.platform.Texts;

/**
 * The mails around a cohort's meetings: an invitation with a calendar file per meeting and
 * person (again, with a raised SEQUENCE, when the meeting moves), and a reminder some days before
 * each meeting with what to prepare. Every mail has an idempotency key per (kind, meeting, person
 * [, sequence, membership]), so planning again, a re-run of the scheduler or a second instance sends
 * none twice; a cancelled meeting, or a participant taken out, gets a CANCEL. When a reminder is due is
 * decided by the rhythm's rules ({@code rhythm.RhythmRules}); this class writes it ({@link #queueReminder}).
 */
@Stateless
public class MeetingMails {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Outbox outbox;
    @Inject
    private Clock clock;
    @Inject
    @ConfigProperty(name = "leerkring.time-zone", defaultValue = "Europe/Amsterdam")
    private String timeZone;
    @Inject
    private Links links;
    @Inject
    @ConfigProperty(name = "leerkring.mail.from", defaultValue = "leerkring@localhost")
    private String from;
    @Inject
    @ConfigProperty(name = "leerkring.mail.from-name", defaultValue = "Leerkring")
    private String fromName;

    // ------------------------------------------------------------------ invitations

    /**
     * Invites everybody of the cohort (accepted participants, facilitator, co-facilitator) to each
     * meeting still to come and not cancelled, in its current version: a meeting whose invitation of
     * this SEQUENCE went out before to this membership is skipped, so only new or moved meetings mail.
     * Answers how many were queued.
     */
    public int inviteAll(Cohort cohort) {
        return invite(upcoming(cohort), recipients(cohort));
    }

    /**
     * A person who joins later (or is added again) gets the invitations of the meetings still to
     * come: the key names their membership, so a new membership is invited even at the same SEQUENCE.
     */
    public int inviteMember(Cohort cohort, Person person) {
        return invite(upcoming(cohort), List.of(new Recipient(person, memberId(cohort, person))));
    }

    /** A person the mails go to, with the id of their membership row (null for a facilitator who is none). */
    private record Recipient(Person person, Long memberId) {
    }

    private int invite(List<Meeting> meetings, List<Recipient> people) {
        Map<String, Object[]> wanted = new LinkedHashMap<>();
        for (Meeting meeting : meetings) {
            for (Recipient recipient : people) {
                wanted.put(invitationKey(meeting, recipient.person(), recipient.memberId()), new Object[] {meeting, recipient.person()});
            }
        }
        Set<String> sent = outbox.existingKeys(wanted.keySet());
        int queued = 0;
        MeetingCalendar calendar = calendar();
        for (Map.Entry<String, Object[]> entry : wanted.entrySet()) {
            if (sent.contains(entry.getKey())) {
                continue;
            }
            Meeting meeting = (Meeting) entry.getValue()[0];
            Person person = (Person) entry.getValue()[1];
            Locale locale = person.getLocale();
            String ics = calendar.request(event(meeting, locale), person.getEmail(), person.getDisplayName(),
                    clock.instant());
            Map<String, String> values = new HashMap<>(meetingValues(meeting, locale));
            values.put("name", person.getDisplayName());
            values.put("agenda", orNone(agenda(meeting, locale), locale, "meetingMail.noAgenda"));
            if (outbox.queue(entry.getKey(), person.getEmail(), person.getDisplayName(), locale,
                    meeting.getCalendarSequence() == 0 ? "meeting-invitation" : "meeting-update", values, false,
                    meeting.getCohort().getId(), new MailAttachment("meeting-" + meeting.getNumber() + ".ics", MeetingCalendar.contentType(false), ics))) {
                queued++;
            }
        }
        return queued;
    }

    /**
     * The key of an invitation: per meeting, person and SEQUENCE, and for a participant per membership
     * ({@code :m<cohort_member id>}), so one who is removed and added again is invited again.
     */
    static String invitationKey(Meeting meeting, Person person, Long memberId) {
        return "meeting-invitation:" + meeting.getId() + ":" + person.getId() + ":" + meeting.getCalendarSequence()
                + (memberId == null ? "" : ":m" + memberId);
    }

    private List<Meeting> upcoming(Cohort cohort) {
        LocalDateTime now = localNow();
        return em.createNamedQuery(Meeting.LIST_FOR_COHORT, Meeting.class).setParameter("cohort", cohort.getId())
                .getResultStream().filter(m -> !m.hasStarted(now) && !m.isCancelled()).toList();
    }

    private List<Recipient> recipients(Cohort cohort) {
        Map<Long, Recipient> people = new LinkedHashMap<>();
        Map<Long, Long> members = new HashMap<>();
        List<CohortMember> accepted = em.createNamedQuery(CohortMember.LIST_FOR_COHORT, CohortMember.class)
                .setParameter("cohort", cohort.getId()).getResultList();
        accepted.forEach(m -> members.put(m.getPerson().getId(), m.getId()));
        people.put(cohort.getFacilitator().getId(),
                new Recipient(cohort.getFacilitator(), members.get(cohort.getFacilitator().getId())));
        if (cohort.getCoFacilitator() != null) {
            people.put(cohort.getCoFacilitator().getId(),
                    new Recipient(cohort.getCoFacilitator(), members.get(cohort.getCoFacilitator().getId())));
        }
        for (CohortMember member : accepted) {
            people.putIfAbsent(member.getPerson().getId(), new Recipient(member.getPerson(), member.getId()));
        }
        return new ArrayList<>(people.values());
    }

    private Long memberId(Cohort cohort, Person person) {
        return em.createNamedQuery(CohortMember.FIND, CohortMember.class).setParameter("cohort", cohort.getId())
                .setParameter("person", person.getId()).getResultStream().findFirst().map(CohortMember::getId).orElse(null);
    }

    // ------------------------------------------------------------------ cancellations

    /**
     * The meeting was cancelled: everybody of the cohort gets a mail with the reason and a
     * METHOD:CANCEL calendar file (same UID, the raised SEQUENCE), once per (meeting, person, SEQUENCE).
     */
    public int cancelAll(Meeting meeting) {
        int queued = 0;
        for (Recipient recipient : recipients(meeting.getCohort())) {
            if (queueCancel(meeting, recipient.person(), "meeting-cancel:" + meeting.getId() + ":"
                    + recipient.person().getId() + ":" + meeting.getCalendarSequence(), meeting.getCancelReason())) {
                queued++;
            }
        }
        return queued;
    }

    /**
     * A participant taken out of the cohort: their calendar drops the meetings still to come (a CANCEL
     * per meeting, keyed per membership so a later membership's removal cancels again).
     */
    public int cancelForMember(Cohort cohort, Person person, long memberId) {
        int queued = 0;
        for (Meeting meeting : upcoming(cohort)) {
            if (queueCancel(meeting, person, "meeting-cancel:" + meeting.getId() + ":" + person.getId() + ":"
                    + meeting.getCalendarSequence() + ":m" + memberId, null)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean queueCancel(Meeting meeting, Person person, String key, String reason) {
        Locale locale = person.getLocale();
        // The meeting's current SEQUENCE: raised by the cancellation itself, or, for a member taken out of a
        // meeting that goes on, the one of the invitation they hold (a later DTSTAMP orders the two), so a
        // new invitation at that SEQUENCE, should they be added again, is not refused as older.
        MeetingCalendar.Event event = event(meeting, locale);
        String ics = calendar().cancel(event, person.getEmail(), person.getDisplayName(), clock.instant());
        Map<String, String> values = new HashMap<>(meetingValues(meeting, locale));
        values.put("name", person.getDisplayName());
        values.put("reason", reason == null ? Texts.get(locale, "meetingMail.cancel.removed") : reason);
        return outbox.queue(key, person.getEmail(), person.getDisplayName(), locale, "meeting-cancel", values, false,
                meeting.getCohort().getId(), new MailAttachment("meeting-" + meeting.getNumber() + ".ics",
                        MeetingCalendar.contentType(true), ics));
    }

    // ------------------------------------------------------------------ reminders

    /**
     * Queues the reminder of one meeting to one participant, with what to prepare: the homework agreed
     * at the meeting before, the theory to read, and their own practice plans without a report. When
     * and to whom is decided by the rhythm's rules; the key is theirs. False when the key was queued before.
     */
    public boolean queueReminder(String key, long meetingId, long personId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        Person person = em.find(Person.class, personId);
        if (meeting == null || person == null || meeting.isCancelled()) {
            return false;
        }
        Locale locale = person.getLocale();
        Meeting previous = em.createNamedQuery(Meeting.LIST_FOR_COHORT, Meeting.class)
                .setParameter("cohort", meeting.getCohort().getId()).getResultStream()
                .filter(m -> m.getNumber() == meeting.getNumber() - 1).findFirst().orElse(null);
        List<String> openPlans = openPlans(meeting, personId);
        Map<String, String> values = new HashMap<>(meetingValues(meeting, locale));
        values.put("name", person.getDisplayName());
        values.put("homework", orNone(previous == null ? null : previous.getHomework(), locale, "meetingMail.noHomework"));
        values.put("theory", orNone(previous == null ? null : previous.getAgenda().getTheory(), locale, "meetingMail.noTheory"));
        values.put("plans", orNone(openPlans.stream().map(p -> "- " + p).collect(Collectors.joining("\n")),
                locale, "meetingMail.noPlan"));
        values.put("materials", orNone(materials(List.of(meeting), meeting.getCohort().getId()).get(meeting.getId()),
                locale, "meetingMail.noMaterials"));
        values.put("link", links.to("/learning/plans.xhtml"));
        return outbox.queue(key, person.getEmail(), person.getDisplayName(), locale, "meeting-reminder", values, false,
                meeting.getCohort().getId());
    }

    /**
     * A participant's practice plans without a report for the meetings of this cohort before this one,
     * in meeting order. Plain SQL: learning sits above this package (issue 14).
     */
    private List<String> openPlans(Meeting meeting, long personId) {
        @SuppressWarnings("unchecked")
        List<Object> plans = em.createNativeQuery("SELECT p.plan FROM practice_plan p JOIN meeting m ON m.id = p.meeting_id"
                + " WHERE m.cohort_id = ?1 AND p.person_id = ?2 AND p.reported_at IS NULL AND m.meeting_number < ?3"
                + " ORDER BY m.meeting_number")
                .setParameter(1, meeting.getCohort().getId()).setParameter(2, personId)
                .setParameter(3, meeting.getNumber()).getResultList();
        return plans.stream().map(String::valueOf).toList();
    }

    /**
     * The library items attached to these meetings that the cohort may see, one line each (title and
     * link), by meeting. Plain SQL: the library sits above this package (issue 12).
     */
    private Map<Long, String> materials(List<Meeting> meetings, long cohortId) {
        Map<Long, String> lines = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT mm.meeting_id, i.id, i.title FROM meeting_material mm "
                + "JOIN library_item i ON i.id = mm.item_id WHERE mm.meeting_id IN ("
                + meetings.stream().map(m -> String.valueOf(m.getId())).collect(Collectors.joining(",")) + ") "
                + "AND i.retired = FALSE AND (i.visibility = 'PARTNERSHIP' OR (i.visibility = 'COHORT' AND i.cohort_id = ?)) "
                + "ORDER BY mm.meeting_id, mm.agenda_part, mm.sort_order").setParameter(1, cohortId).getResultList();
        for (Object[] row : rows) {
            lines.merge(((Number) row[0]).longValue(), "- " + row[2] + ": " + links.to("/library/item.xhtml?item=" + row[1]),
                    (a, b) -> a + "\n" + b);
        }
        return lines;
    }

    // ------------------------------------------------------------------ the calendar

    public MeetingCalendar calendar() {
        return new MeetingCalendar(links.base(), zone(), from, fromName);
    }

    /** A meeting as a calendar event, its summary and agenda in the reader's language. */
    public MeetingCalendar.Event event(Meeting meeting, Locale locale) {
        return new MeetingCalendar.Event(meeting.getId(), meeting.getCalendarSequence(), meeting.getStartsAt(),
                meeting.getDurationMinutes(),
                Texts.get(locale, "meetingMail.summary", meeting.getNumber(), meeting.getCohort().getName()),
                meeting.getLocation(), meeting.getOnlineLink(), agenda(meeting, locale), meeting.isCancelled());
    }

    /** The prepared parts of the meeting's agenda, each under its name; empty when nothing is prepared yet. */
    static String agenda(Meeting meeting, Locale locale) {
        StringBuilder agenda = new StringBuilder();
        Meeting.Agenda prepared = meeting.getAgenda();
        part(agenda, locale, "meeting.part.review", prepared.getReview());
        part(agenda, locale, "meeting.part.dialogue", prepared.getDialogue());
        part(agenda, locale, "meeting.part.deepening", prepared.getDeepening());
        part(agenda, locale, "meeting.part.design", prepared.getDesign());
        part(agenda, locale, "meeting.part.evaluation", prepared.getEvaluation());
        return agenda.toString().strip();
    }

    private static void part(StringBuilder agenda, Locale locale, String key, String text) {
        if (text != null && !text.isBlank()) {
            agenda.append(Texts.get(locale, key)).append(":\n").append(text.strip()).append("\n\n");
        }
    }

    private Map<String, String> meetingValues(Meeting meeting, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(Texts.get(locale, "meetingMail.dateTimePattern"),
                Texts.supported(locale));
        String place = meeting.getLocation() == null ? Texts.get(locale, "meetingMail.noPlace") : meeting.getLocation();
        if (meeting.getOnlineLink() != null) {
            place = meeting.getLocation() == null ? meeting.getOnlineLink() : place + " / " + meeting.getOnlineLink();
        }
        return Map.of("cohort", meeting.getCohort().getName(), "number", String.valueOf(meeting.getNumber()),
                "when", meeting.getStartsAt().format(format) + "–" + meeting.getEndsAt().toLocalTime()
                        .format(DateTimeFormatter.ofPattern("HH:mm")) + " (" + timeZone + ")",
                "place", place);
    }

    private static String orNone(String text, Locale locale, String noneKey) {
        return text == null || text.isBlank() ? Texts.get(locale, noneKey) : text.strip();
    }

    private ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private LocalDateTime localNow() {
        return LocalDateTime.now(clock.withZone(zone()));
    }
}
