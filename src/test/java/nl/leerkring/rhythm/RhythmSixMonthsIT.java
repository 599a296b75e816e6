package nl.leerkring.rhythm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.MailCatcher;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;
import nl.leerkring.testsupport.TestSupport.MeetingRow;

/**
 * Issue 11's "Done when": a cohort of two participants and a facilitator walked day by day through
 * its six months (the clock at noon each day, a round of the rhythm and of the digest), with a
 * summary, a moved meeting and a cancelled one. Asserts on which day each person got how many mails,
 * then what GreenMail received per kind and person and what the calendar files say (UID, SEQUENCE,
 * CANCEL, the hour across the change to summer time); then the whole walk's rounds again, two
 * schedulers at once on each day, add nothing.
 */
@OnServer
class RhythmSixMonthsIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Server server;
    private TestSupport support;

    @Test
    void sixMonthsOfTheRhythmSendExactlyTheseMailsOnTheseDaysAndASecondSchedulerAddsNone() throws Exception {
        String facEmail = support.person("six-fac", "FACILITATOR");
        String anna = support.person("six-anna", "PARTICIPANT");
        String bob = support.person("six-bob", "PARTICIPANT");
        List<String> people = List.of(facEmail, anna, bob);
        FacesClient facilitator = server.logIn(facEmail);
        // Meetings from February to July: the change to summer time (end of March) lies between meetings 2 and 3.
        LocalDate start = LocalDate.of(LocalDate.now().getYear() + 1, 2, 10);

        try (MailCatcher mail = new MailCatcher().start()) {
            String cohort = Cohorts.create(facilitator, "Zes maanden", start, anna, bob);
            List<MeetingRow> m = support.meetings(cohort);
            assertEquals(6, m.size());
            for (String person : people) {
                assertEquals("6", support.get("outbox/count?kind=meeting-invitation&to=" + person), "six invitations for " + person);
            }
            LocalDate d1 = day(m, 0);

            // What should go out on which day (the clock stands at noon), per person.
            Map<String, Map<LocalDate, Integer>> expected = Map.of(facEmail, new TreeMap<>(), anna, new TreeMap<>(), bob,
                    new TreeMap<>());
            for (String p : List.of(anna, bob)) {
                add(expected, p, d1.minusDays(6), "scan nudge, due a week before the start meeting at 14:00");
                for (int i : new int[] {0, 1, 4, 5}) {
                    add(expected, p, day(m, i).minusDays(2), "meeting reminder, due three days before at 14:00");
                }
                add(expected, p, day(m, 2).minusDays(3), "meeting 3's reminder, moved to 10:00, due before noon");
                add(expected, p, d1.plusDays(1), "the summary of meeting 1");
                add(expected, p, day(m, 1).plusDays(1), "meeting 3 moved: an update");
                add(expected, p, day(m, 2).plusDays(1), "meeting 4 cancelled");
            }
            add(expected, facEmail, day(m, 1).plusDays(1), "meeting 3 moved: an update");
            add(expected, facEmail, day(m, 2).plusDays(1), "meeting 4 cancelled");
            add(expected, anna, d1.plusDays(2), "the digest: Bob's group reflection, not at 03:00 but at noon");
            add(expected, anna, d1.plusDays(3), "reflection reminder two days after meeting 1 (present, not reflected)");
            LocalDateTime halfway = m.get(0).startsAt().plusMinutes(
                    java.time.Duration.between(m.get(0).startsAt(), m.get(1).startsAt()).toMinutes() / 2);
            add(expected, anna, halfway.toLocalDate().plusDays(halfway.getHour() >= 12 ? 1 : 0),
                    "halfway to meeting 2 with her open plan");

            Map<String, Map<LocalDate, Integer>> sent = Map.of(facEmail, new TreeMap<>(), anna, new TreeMap<>(), bob,
                    new TreeMap<>());
            Map<String, Integer> before = new TreeMap<>();
            people.forEach(p -> before.put(p, count(support, p)));
            try {
                for (LocalDate day = d1.minusDays(10); !day.isAfter(day(m, 5).plusDays(20)); day = day.plusDays(1)) {
                    if (day.equals(d1.plusDays(2))) {
                        moveTo(support, day.atTime(3, 0));
                        support.post("digest/round", Map.of());
                        assertEquals(before.get(anna), count(support, anna), "no digest at night");
                    }
                    String[] counts = support.post("rhythm/day", Map.of("local", day.atTime(12, 0).toString(),
                            "emails", String.join(",", people))).split(",");
                    if (day.equals(d1.plusDays(1))) {
                        // The start meeting was held yesterday: both present; Anna plans, Bob shares a reflection
                        // with the group; the facilitator sends the summary.
                        String m1 = m.get(0).id();
                        for (String p : List.of(anna, bob)) {
                            support.post("rhythm/attendance", Map.of("meeting", m1, "facilitator", facEmail, "email", p,
                                    "status", "PRESENT"));
                        }
                        support.post("rhythm/plan", Map.of("meeting", m1, "email", anna, "question", "Doorvragen"));
                        support.post("digest/reflect", Map.of("meeting", m1, "email", bob, "visibility", "GROUP"));
                        Page summary = facilitator.submit(facilitator.get("learning/summary.xhtml?meeting=" + m1),
                                "summary", "send", Map.of("text", "Tot de volgende keer!"));
                        assertTrue(summary.contains("De samenvatting is verstuurd"), summary.body());
                    }
                    if (day.equals(day(m, 1).plusDays(1))) {
                        Page moved = facilitator.submit(facilitator.get("cohort/schedule.xhtml?id=" + cohort), "schedule",
                                "save", Map.of("rows:2:time", "10:00"));
                        assertEquals(200, moved.status(), moved.body());
                    }
                    if (day.equals(day(m, 2).plusDays(1))) {
                        Page meeting4 = facilitator.get("cohort/meeting.xhtml?id=" + m.get(3).id());
                        Page unconfirmed = facilitator.submit(meeting4, "cancel", "submit", Map.of("reason", "De facilitator is ziek"));
                        assertTrue(unconfirmed.contains("Vink aan dat je de bijeenkomst wilt annuleren."), unconfirmed.body());
                        Page cancelled = facilitator.submit(meeting4, "cancel", "submit",
                                Map.of("reason", "De facilitator is ziek", "confirm", "on"));
                        assertTrue(cancelled.contains("De bijeenkomst is geannuleerd; iedereen krijgt bericht."), cancelled.body());
                        assertTrue(facilitator.get("cohort/view.xhtml?id=" + cohort + "&part=meetings").contains("meeting-cancelled"),
                                "the cohort page shows the cancelled meeting");
                    }
                    boolean acted = day.equals(d1.plusDays(1)) || day.equals(day(m, 1).plusDays(1))
                            || day.equals(day(m, 2).plusDays(1));
                    for (int i = 0; i < people.size(); i++) {
                        String p = people.get(i);
                        int now = acted ? count(support, p) : Integer.parseInt(counts[i]);
                        if (now != before.get(p)) {
                            sent.get(p).put(day, now - before.get(p));
                            before.put(p, now);
                        }
                    }
                }
                for (String p : people) {
                    assertEquals(expected.get(p), sent.get(p), "the days " + p + " got mail, and how many");
                }
                drainAll(support);

                // What arrived, per kind.
                assertKinds(mail, anna, 6, 1, 1, 5, 1, 1, 1, 1, 1);
                assertKinds(mail, bob, 6, 1, 1, 5, 1, 0, 0, 1, 0);
                assertKinds(mail, facEmail, 6, 1, 1, 0, 0, 0, 0, 0, 0);
                assertEquals(18 + 1, mail.mailsTo(anna).size(), "and the invitation to the cohort");
                assertEquals(15 + 1, mail.mailsTo(bob).size());
                assertEquals(8, mail.mailsTo(facEmail).size());

                // The calendar files: meeting 1 in winter and meeting 3 (before its move) in summer time both at 14:00.
                VEvent first = event(invitation(mail, anna, "Bijeenkomst 1 "));
                VEvent third = event(invitation(mail, anna, "Bijeenkomst 3 "));
                assertEquals(14, start(first).withZoneSameInstant(AMSTERDAM).getHour());
                assertEquals(14, start(third).withZoneSameInstant(AMSTERDAM).getHour());
                assertEquals(13, start(first).withZoneSameInstant(ZoneId.of("UTC")).getHour(), "CET");
                assertEquals(12, start(third).withZoneSameInstant(ZoneId.of("UTC")).getHour(), "CEST");
                MailCatcher.Mail updateMail = only(mail, anna, "Gewijzigd:");
                VEvent update = event(updateMail.calendar());
                assertEquals(value(third, Property.UID), value(update, Property.UID), "the UID stays when a meeting moves");
                assertEquals("0", value(third, Property.SEQUENCE));
                assertEquals("1", value(update, Property.SEQUENCE));
                assertEquals(10, start(update).withZoneSameInstant(AMSTERDAM).getHour());
                MailCatcher.Mail cancelMail = only(mail, bob, "Vervalt:");
                assertTrue(cancelMail.calendarType().toLowerCase().contains("method=cancel"), cancelMail.calendarType());
                assertTrue(cancelMail.text().contains("De facilitator is ziek"), cancelMail.text());
                Calendar cancel = new CalendarBuilder().build(new StringReader(cancelMail.calendar()));
                assertEquals("CANCEL", cancel.getProperty(Property.METHOD).orElseThrow().getValue());
                VEvent cancelled = event(cancelMail.calendar());
                assertEquals(value(event(invitation(mail, bob, "Bijeenkomst 4 ")), Property.UID), value(cancelled, Property.UID));
                assertEquals("1", value(cancelled, Property.SEQUENCE));
                assertEquals("CANCELLED", value(cancelled, Property.STATUS));

                // The walk again, with two schedulers at once on each day: nothing is added.
                Map<String, Integer> total = new TreeMap<>();
                people.forEach(p -> total.put(p, count(support, p)));
                TreeSet<LocalDate> days = new TreeSet<>();
                sent.values().forEach(s -> days.addAll(s.keySet()));
                days.add(day(m, 5).plusDays(20));
                for (LocalDate day : days) {
                    moveTo(support, day.atTime(12, 0));
                    List<CompletableFuture<String>> rounds = new ArrayList<>();
                    rounds.add(CompletableFuture.supplyAsync(() -> support.post("rhythm/rounds-concurrently", Map.of("rounds", "2"))));
                    rounds.add(CompletableFuture.supplyAsync(() -> support.post("rhythm/round", Map.of())));
                    rounds.add(CompletableFuture.supplyAsync(() -> support.post("digest/round", Map.of())));
                    rounds.add(CompletableFuture.supplyAsync(() -> support.post("digest/round", Map.of())));
                    CompletableFuture.allOf(rounds.toArray(CompletableFuture[]::new)).join();
                }
                for (String p : people) {
                    assertEquals(total.get(p), count(support, p), "a re-run and a second scheduler add nothing for " + p);
                }
                drainAll(support);
                assertEquals(18 + 1, mail.mailsTo(anna).size());
                assertEquals(15 + 1, mail.mailsTo(bob).size());
            } finally {
                support.post("rhythm/clock/reset", Map.of());
            }
        }
    }

    /** Per kind (by subject): invitation, update, cancel, reminder, summary, halfway, reflection, nudge, digest. */
    private static void assertKinds(MailCatcher mail, String to, int... counts) {
        String[] subjects = {"Bijeenkomst ", "Gewijzigd:", "Vervalt:", "Binnenkort:", "Samenvatting", "Halverwege",
            "Je reflectie op", "Voor de startbijeenkomst", "Nieuw in je leerkring"};
        for (int i = 0; i < subjects.length; i++) {
            String subject = subjects[i];
            assertEquals(counts[i], mail.mailsTo(to).stream().filter(x -> x.subject().startsWith(subject)).count(),
                    "'" + subject + "' mails to " + to);
        }
        mail.mailsTo(to).stream().filter(x -> x.subject().startsWith("Bijeenkomst ") || x.subject().startsWith("Gewijzigd:")
                || x.subject().startsWith("Vervalt:")).forEach(x -> assertTrue(x.calendar() != null, "an .ics with " + x.subject()));
    }

    private static String invitation(MailCatcher mail, String to, String subjectStart) {
        return only(mail, to, subjectStart).calendar();
    }

    private static MailCatcher.Mail only(MailCatcher mail, String to, String subjectStart) {
        List<MailCatcher.Mail> found = mail.mailsTo(to).stream().filter(x -> x.subject().startsWith(subjectStart)).toList();
        assertEquals(1, found.size(), subjectStart + " to " + to);
        return found.get(0);
    }

    private static VEvent event(String ics) throws Exception {
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents(VEvent.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError("No " + property));
    }

    private static ZonedDateTime start(VEvent event) {
        return ZonedDateTime.from(event.getStartDate().orElseThrow().getDate());
    }

    private static LocalDate day(List<MeetingRow> meetings, int index) {
        return meetings.get(index).startsAt().toLocalDate();
    }

    private static void add(Map<String, Map<LocalDate, Integer>> expected, String person, LocalDate day, String why) {
        expected.get(person).merge(day, 1, Integer::sum);
    }

    private static int count(TestSupport support, String to) {
        return Integer.parseInt(support.get("outbox/count?to=" + to));
    }

    private static void moveTo(TestSupport support, LocalDateTime local) {
        support.post("rhythm/clock/reset", Map.of());
        support.post("rhythm/clock/to", Map.of("local", local.toString()));
    }

    /** Drains the outbox until a drain delivers nothing: every queued mail has reached GreenMail. */
    private static void drainAll(TestSupport support) {
        while (support.drain() > 0) {
            // the next batch
        }
    }
}
