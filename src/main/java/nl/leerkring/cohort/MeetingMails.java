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
import nl.leerkring.learning.PracticePlan;
import nl.leerkring.mail.MailAttachment;
import nl.leerkring.mail.Outbox;
import nl.leerkring.platform.Texts;

/**
 * The mails around a cohort's meetings: an invitation with a calendar file per meeting and
 * person (again, with a raised SEQUENCE, when the meeting moves), and a reminder some days before
 * each meeting with what to prepare. Every mail has an idempotency key per (kind, meeting, person
 * [, sequence]), so planning again, a re-run of the scheduler or a second instance sends none twice.
 * The scheduled part ({@link #queueReminders()}) is run by the rhythm job ({@code rhythm.RhythmJob}).
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
    @ConfigProperty(name = "leerkring.base-url")
    private String baseUrl;
    @Inject
    @ConfigProperty(name = "leerkring.mail.from", defaultValue = "leerkring@localhost")
    private String from;
    @Inject
    @ConfigProperty(name = "leerkring.mail.from-name", defaultValue = "Leerkring")
    private String fromName;
    @Inject
    @ConfigProperty(name = "leerkring.rhythm.meeting-reminder-days", defaultValue = "3")
    private int reminderDays;

    // ------------------------------------------------------------------ invitations

    /**
     * Invites everybody of the cohort (accepted participants, facilitator, co-facilitator) to each
     * meeting still to come, in its current version: a meeting whose invitation of this SEQUENCE
     * went out before is skipped, so only new or moved meetings mail. Answers how many were queued.
     */
    public int inviteAll(Cohort cohort) {
        return invite(upcoming(cohort), recipients(cohort));
    }

    /** A person who joins later gets the invitations of the meetings still to come. */
    public int inviteMember(Cohort cohort, Person person) {
        return invite(upcoming(cohort), List.of(person));
    }

    private int invite(List<Meeting> meetings, List<Person> people) {
        Map<String, Object[]> wanted = new LinkedHashMap<>();
        for (Meeting meeting : meetings) {
            for (Person person : people) {
                wanted.put(invitationKey(meeting, person), new Object[] {meeting, person});
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

    static String invitationKey(Meeting meeting, Person person) {
        return "meeting-invitation:" + meeting.getId() + ":" + person.getId() + ":" + meeting.getCalendarSequence();
    }

    private List<Meeting> upcoming(Cohort cohort) {
        LocalDateTime now = localNow();
        return em.createNamedQuery(Meeting.LIST_FOR_COHORT, Meeting.class).setParameter("cohort", cohort.getId())
                .getResultStream().filter(m -> m.getStartsAt().isAfter(now)).toList();
    }

    private List<Person> recipients(Cohort cohort) {
        Map<Long, Person> people = new LinkedHashMap<>();
        people.put(cohort.getFacilitator().getId(), cohort.getFacilitator());
        if (cohort.getCoFacilitator() != null) {
            people.put(cohort.getCoFacilitator().getId(), cohort.getCoFacilitator());
        }
        for (CohortMember member : em.createNamedQuery(CohortMember.LIST_FOR_COHORT, CohortMember.class)
                .setParameter("cohort", cohort.getId()).getResultList()) {
            people.putIfAbsent(member.getPerson().getId(), member.getPerson());
        }
        return new ArrayList<>(people.values());
    }

    // ------------------------------------------------------------------ reminders

    /**
     * Reminds each accepted participant of a meeting that starts within the reminder days, with
     * what to prepare: the homework agreed at the meeting before, the theory to read, and their own
     * practice plans without a report. Safe on several instances: the key is the guard.
     */
    public int queueReminders() {
        if (reminderDays <= 0) {
            return 0;
        }
        LocalDateTime now = localNow();
        List<Meeting> soon = em.createNamedQuery(Meeting.LIST_STARTING_BETWEEN, Meeting.class)
                .setParameter("from", now).setParameter("until", now.plusDays(reminderDays)).getResultList();
        int queued = 0;
        Map<Long, List<Meeting>> byCohort = soon.stream()
                .collect(Collectors.groupingBy(m -> m.getCohort().getId(), LinkedHashMap::new, Collectors.toList()));
        for (List<Meeting> meetings : byCohort.values()) {
            Cohort cohort = meetings.get(0).getCohort();
            List<CohortMember> members = em.createNamedQuery(CohortMember.LIST_FOR_COHORT, CohortMember.class)
                    .setParameter("cohort", cohort.getId()).getResultList();
            Map<String, Object[]> wanted = new LinkedHashMap<>();
            for (Meeting meeting : meetings) {
                for (CohortMember member : members) {
                    wanted.put("meeting-reminder:" + meeting.getId() + ":" + member.getPerson().getId(),
                            new Object[] {meeting, member.getPerson()});
                }
            }
            Set<String> sent = outbox.existingKeys(wanted.keySet());
            if (sent.size() == wanted.size()) {
                continue;
            }
            Map<Integer, Meeting> byNumber = new HashMap<>();
            em.createNamedQuery(Meeting.LIST_FOR_COHORT, Meeting.class).setParameter("cohort", cohort.getId())
                    .getResultList().forEach(m -> byNumber.put(m.getNumber(), m));
            Map<Long, List<PracticePlan>> openPlans = new HashMap<>();
            em.createNamedQuery(PracticePlan.LIST_FOR_PEOPLE_IN_COHORT, PracticePlan.class)
                    .setParameter("cohort", cohort.getId())
                    .setParameter("people", members.stream().map(m -> m.getPerson().getId()).toList())
                    .getResultList().stream().filter(p -> !p.isReported())
                    .forEach(p -> openPlans.computeIfAbsent(p.getPerson().getId(), k -> new ArrayList<>()).add(p));
            Map<Long, String> materials = materials(meetings, cohort.getId());
            for (Map.Entry<String, Object[]> entry : wanted.entrySet()) {
                if (sent.contains(entry.getKey())) {
                    continue;
                }
                Meeting meeting = (Meeting) entry.getValue()[0];
                Person person = (Person) entry.getValue()[1];
                Locale locale = person.getLocale();
                Meeting previous = byNumber.get(meeting.getNumber() - 1);
                Map<String, String> values = new HashMap<>(meetingValues(meeting, locale));
                values.put("name", person.getDisplayName());
                values.put("homework", orNone(previous == null ? null : previous.getHomework(), locale,
                        "meetingMail.noHomework"));
                values.put("theory", orNone(previous == null ? null : previous.getTheory(), locale,
                        "meetingMail.noTheory"));
                values.put("plans", orNone(openPlans.getOrDefault(person.getId(), List.of()).stream()
                        .filter(p -> p.getMeeting().getNumber() < meeting.getNumber())
                        .map(p -> "- " + p.getPlan()).collect(Collectors.joining("\n")), locale, "meetingMail.noPlan"));
                values.put("materials", orNone(materials.get(meeting.getId()), locale, "meetingMail.noMaterials"));
                values.put("link", base() + "/learning/plans.xhtml");
                if (outbox.queue(entry.getKey(), person.getEmail(), person.getDisplayName(), locale, "meeting-reminder",
                        values, false, meeting.getCohort().getId())) {
                    queued++;
                }
            }
        }
        return queued;
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
            lines.merge(((Number) row[0]).longValue(), "- " + row[2] + ": " + base() + "/library/item.xhtml?item=" + row[1],
                    (a, b) -> a + "\n" + b);
        }
        return lines;
    }

    // ------------------------------------------------------------------ the calendar

    public MeetingCalendar calendar() {
        return new MeetingCalendar(baseUrl, zone(), from, fromName);
    }

    /** A meeting as a calendar event, its summary and agenda in the reader's language. */
    public MeetingCalendar.Event event(Meeting meeting, Locale locale) {
        return new MeetingCalendar.Event(meeting.getId(), meeting.getCalendarSequence(), meeting.getStartsAt(),
                meeting.getDurationMinutes(),
                Texts.get(locale, "meetingMail.summary", meeting.getNumber(), meeting.getCohort().getName()),
                meeting.getLocation(), meeting.getOnlineLink(), agenda(meeting, locale));
    }

    /** The prepared parts of the meeting's agenda, each under its name; empty when nothing is prepared yet. */
    static String agenda(Meeting meeting, Locale locale) {
        StringBuilder agenda = new StringBuilder();
        part(agenda, locale, "meeting.part.review", meeting.getPrepReview());
        part(agenda, locale, "meeting.part.dialogue", meeting.getPrepDialogue());
        part(agenda, locale, "meeting.part.deepening", meeting.getPrepDeepening());
        part(agenda, locale, "meeting.part.design", meeting.getPrepDesign());
        part(agenda, locale, "meeting.part.evaluation", meeting.getPrepEvaluation());
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

    private String base() {
        return baseUrl.replaceAll("/+$", "");
    }

    private ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private LocalDateTime localNow() {
        return LocalDateTime.now(clock.withZone(zone()));
    }
}
