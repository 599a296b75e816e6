package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/** Issue 11 §1: meeting invitations with a calendar file, a moved meeting, reminders, the calendar feed. */
@OnServer
class MeetingMailsIT {

    private static final Pattern FEED = Pattern.compile("/calendar/([A-Za-z0-9_-]{43})\\.ics");

    private Server server;
    private TestSupport support;

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(String ics) throws Exception {
        List<VEvent> events = parse(ics).getComponents(VEvent.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private List<MailCatcher.Mail> meetingMails(MailCatcher mailServer, String to) {
        return mailServer.mailsTo(to).stream().filter(m -> m.calendar() != null).toList();
    }

    private List<MailCatcher.Mail> reminders(MailCatcher mailServer, String to) {
        return mailServer.mailsTo(to).stream().filter(m -> m.subject().startsWith("Binnenkort")).toList();
    }

    @Test
    void planningInvitesEveryoneOnceAMoveUpdatesOneMeetingAndTheReminderComesDaysBefore() throws Exception {
        String facilitatorEmail = support.person("cal-fac", "FACILITATOR");
        String anna = support.person("cal-anna", "PARTICIPANT");
        String ben = support.person("cal-ben", "PARTICIPANT");
        FacesClient facilitator = server.logIn(facilitatorEmail);
        LocalDate start = LocalDate.now().plusDays(20);
        try (MailCatcher mailServer = new MailCatcher().start()) {
            String cohortId = Cohorts.create(facilitator, "Kalender IT", start, anna, ben);
            List<String> meetingIds = Cohorts.meetingIds(facilitator, cohortId);
            assertEquals(6, meetingIds.size());
            support.drain();

            for (String person : List.of(facilitatorEmail, anna, ben)) {
                List<MailCatcher.Mail> invitations = meetingMails(mailServer, person);
                assertEquals(6, invitations.size(), "one invitation per meeting for " + person);
                for (int i = 0; i < 6; i++) {
                    MailCatcher.Mail mail = invitations.get(i);
                    assertTrue(mail.calendarType().toLowerCase().contains("method=request"), mail.calendarType());
                    assertTrue(mail.text().contains("Bijeenkomst " + (i + 1) + " van Kalender IT"), mail.text());
                    assertTrue(mail.html().contains("Kalender IT"));
                    VEvent event = event(mail.calendar());
                    assertEquals("meeting-" + meetingIds.get(i) + "@localhost", value(event, Property.UID));
                    assertEquals("0", value(event, Property.SEQUENCE));
                    assertTrue(mail.calendar().contains("DTSTART;TZID=Europe/Amsterdam:"
                            + MeetingSchedule.propose(start).get(i).toLocalDate().toString().replace("-", "") + "T140000"), mail.calendar());
                }
            }

            // Meeting 3 moves to the morning: one new mail per person, for meeting 3 only, SEQUENCE 1.
            Page moved = facilitator.submit(facilitator.get("cohort/schedule.xhtml?id=" + cohortId), "schedule", "save",
                    Map.of("rows:2:time", "10:00"));
            assertEquals(200, moved.status(), moved.body());
            support.drain();
            for (String person : List.of(facilitatorEmail, anna, ben)) {
                List<MailCatcher.Mail> mails = meetingMails(mailServer, person);
                assertEquals(7, mails.size(), "one update for " + person);
                MailCatcher.Mail update = mails.get(6);
                assertTrue(update.subject().startsWith("Gewijzigd: bijeenkomst 3"), update.subject());
                VEvent event = event(update.calendar());
                assertEquals("meeting-" + meetingIds.get(2) + "@localhost", value(event, Property.UID));
                assertEquals("1", value(event, Property.SEQUENCE));
                assertTrue(update.calendar().contains("DTSTART;TZID=Europe/Amsterdam:"
                        + MeetingSchedule.propose(start).get(2).toLocalDate().toString().replace("-", "") + "T100000"), update.calendar());
            }

            // Saving the same schedule again, and the scheduler run twice, send nothing new.
            facilitator.submit(facilitator.get("cohort/schedule.xhtml?id=" + cohortId), "schedule", "save", Map.of());
            support.post("meeting-reminders/run", Map.of());
            support.post("meeting-reminders/run", Map.of());
            support.drain();
            for (String person : List.of(facilitatorEmail, anna, ben)) {
                assertEquals(7, meetingMails(mailServer, person).size(), "nothing twice for " + person);
                assertEquals(0, reminders(mailServer, person).size(), "no reminder 20 days ahead");
            }

            // The reminder: not 3 days and an hour before meeting 1, but once within the 3 days.
            Instant meetingOne = MeetingSchedule.propose(start).get(0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
            try {
                moveClockTo(meetingOne.minus(Duration.ofDays(3)).minus(Duration.ofHours(1)));
                support.post("meeting-reminders/run", Map.of());
                support.drain();
                assertEquals(0, reminders(mailServer, anna).size(), "not yet");
                moveClockTo(meetingOne.minus(Duration.ofDays(3)).plus(Duration.ofHours(1)));
                support.post("meeting-reminders/run", Map.of());
                support.post("meeting-reminders/run", Map.of());
                support.drain();
                for (String person : List.of(anna, ben)) {
                    List<MailCatcher.Mail> reminders = reminders(mailServer, person);
                    assertEquals(1, reminders.size(), "one reminder for " + person);
                    assertTrue(reminders.get(0).text().contains("Er is geen huiswerk afgesproken."), reminders.get(0).text());
                    assertTrue(reminders.get(0).text().contains("Je hebt geen open praktijkplan."));
                }
                assertEquals(0, reminders(mailServer, facilitatorEmail).size(), "the facilitator prepares the meeting");
            } finally {
                support.post("outbox-lease/clock/reset", Map.of());
            }
        }
    }

    private void moveClockTo(Instant target) {
        support.post("outbox-lease/clock/reset", Map.of());
        long seconds = Duration.between(Instant.now(), target).getSeconds();
        support.post("outbox-lease/clock/move", Map.of("seconds", String.valueOf(seconds)));
    }

    @Test
    void theCalendarFeedAnswersTheMeetingsUntilTheLinkIsRevoked() throws Exception {
        String facilitatorEmail = support.person("feed-fac", "FACILITATOR");
        String anna = support.person("feed-anna", "PARTICIPANT");
        FacesClient facilitator = server.logIn(facilitatorEmail);
        String cohortId = Cohorts.create(facilitator, "Feed IT", LocalDate.now().plusDays(30), anna);
        List<String> meetingIds = Cohorts.meetingIds(facilitator, cohortId);
        FacesClient participant = server.logIn(anna);

        Page page = participant.get("account/calendar.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.contains("Je hebt nog geen agendalink."), page.body());
        Page made = participant.submit(page, "feed", "renew", Map.of());
        Matcher link = FEED.matcher(made.body());
        assertTrue(link.find(), made.body());
        String path = "calendar/" + link.group(1) + ".ics";

        HttpResponse<String> feed = fetch(path);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertEquals("no-store", feed.headers().firstValue("Cache-Control").orElse(""));
        List<VEvent> events = parse(feed.body()).getComponents(VEvent.VEVENT);
        assertEquals(6, events.size());
        for (int i = 0; i < 6; i++) {
            assertEquals("meeting-" + meetingIds.get(i) + "@localhost", value(events.get(i), Property.UID));
        }
        assertEquals(404, fetch("calendar/" + "A".repeat(43) + ".ics").statusCode(), "an unknown token");

        Page revoked = participant.submit(participant.get("account/calendar.xhtml"), "feed", "revoke", Map.of());
        assertTrue(revoked.contains("Je agendalink is ingetrokken"), revoked.body());
        assertEquals(404, fetch(path).statusCode(), "a revoked link answers nothing");
    }

    @Test
    void aRemovedParticipantGetsCancelsAndIsInvitedAgainWhenAddedAgainAndACancelledMeetingLeavesTheCalendars() throws Exception {
        String facilitatorEmail = support.person("cancel-fac", "FACILITATOR");
        String anna = support.person("cancel-anna", "PARTICIPANT");
        String ben = support.person("cancel-ben", "PARTICIPANT");
        FacesClient facilitator = server.logIn(facilitatorEmail);
        try (MailCatcher mailServer = new MailCatcher().start()) {
            String cohortId = Cohorts.create(facilitator, "Annuleren IT", LocalDate.now().plusDays(20), anna, ben);
            List<String> meetingIds = Cohorts.meetingIds(facilitator, cohortId);
            support.drain();
            assertEquals(6, meetingMails(mailServer, ben).size());

            // Ben is taken out: a CANCEL for each of the six meetings still to come, same UIDs.
            support.post("cohort/remove", Map.of("cohort", cohortId, "facilitator", facilitatorEmail, "email", ben));
            support.drain();
            List<MailCatcher.Mail> cancels = mailServer.mailsTo(ben).stream().filter(m -> m.subject().startsWith("Vervalt:")).toList();
            assertEquals(6, cancels.size());
            for (int i = 0; i < 6; i++) {
                assertTrue(cancels.get(i).calendarType().toLowerCase().contains("method=cancel"), cancels.get(i).calendarType());
                VEvent event = event(cancels.get(i).calendar());
                assertEquals("meeting-" + meetingIds.get(i) + "@localhost", value(event, Property.UID));
                assertEquals("CANCELLED", value(event, Property.STATUS));
                assertTrue(cancels.get(i).text().contains("Je bent uit dit cohort gehaald."), cancels.get(i).text());
            }
            assertEquals(0, mailServer.mailsTo(anna).stream().filter(m -> m.subject().startsWith("Vervalt:")).count());

            // Added again (and accepted): invited again to all six, though no meeting changed.
            Page added = facilitator.submit(facilitator.get("cohort/view.xhtml?id=" + cohortId + "&part=participants"), "add", "submit",
                    Map.of("pasted", "ben Tester <" + ben + ">\n"));
            assertTrue(added.contains("toegevoegd"), added.body());
            Cohorts.accept(support, cohortId, ben);
            support.drain();
            assertEquals(12, meetingMails(mailServer, ben).stream()
                    .filter(m -> m.calendarType().toLowerCase().contains("method=request")).count());

            // Meeting 2 is cancelled with a reason: everybody gets the CANCEL with SEQUENCE 1; the feed marks it.
            Page meeting2 = facilitator.get("cohort/meeting.xhtml?id=" + meetingIds.get(1));
            Page cancelled = facilitator.submit(meeting2, "cancel", "submit", Map.of("reason", "Staking", "confirm", "on"));
            assertTrue(cancelled.contains("Deze bijeenkomst is geannuleerd."), cancelled.body());
            assertTrue(!cancelled.body().contains("id=\"cancel\""), "a cancelled meeting offers no second cancel");
            support.drain();
            for (String person : List.of(facilitatorEmail, anna, ben)) {
                List<MailCatcher.Mail> mails = mailServer.mailsTo(person).stream()
                        .filter(m -> m.subject().startsWith("Vervalt: bijeenkomst 2")).toList();
                assertEquals(person.equals(ben) ? 2 : 1, mails.size(), person);
                MailCatcher.Mail last = mails.get(mails.size() - 1);
                assertTrue(last.text().contains("Staking"), last.text());
                assertEquals("1", value(event(last.calendar()), Property.SEQUENCE));
            }
            FacesClient participant = server.logIn(anna);
            Matcher link = FEED.matcher(participant.submit(participant.get("account/calendar.xhtml"), "feed", "renew", Map.of()).body());
            assertTrue(link.find());
            List<VEvent> feed = parse(fetch("calendar/" + link.group(1) + ".ics").body()).getComponents(VEvent.VEVENT);
            VEvent second = feed.stream().filter(e -> value(e, Property.UID).equals("meeting-" + meetingIds.get(1) + "@localhost"))
                    .findFirst().orElseThrow();
            assertEquals("CANCELLED", value(second, Property.STATUS));
            assertTrue(facilitator.get("cohort/view.xhtml?id=" + cohortId + "&part=meetings").contains("meeting-cancelled"));

            // Planned again at another hour: it takes place after all, with a new REQUEST at SEQUENCE 2.
            facilitator.submit(facilitator.get("cohort/schedule.xhtml?id=" + cohortId), "schedule", "save",
                    Map.of("rows:1:time", "11:00"));
            support.drain();
            MailCatcher.Mail replanned = mailServer.mailsTo(anna).stream().filter(m -> m.subject().startsWith("Gewijzigd: bijeenkomst 2"))
                    .reduce((a, b) -> b).orElseThrow();
            assertTrue(replanned.calendarType().toLowerCase().contains("method=request"));
            assertEquals("2", value(event(replanned.calendar()), Property.SEQUENCE));
            assertTrue(!facilitator.get("cohort/view.xhtml?id=" + cohortId + "&part=meetings").contains("meeting-cancelled"), "no longer cancelled");
        }
    }

    private HttpResponse<String> fetch(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.base().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
