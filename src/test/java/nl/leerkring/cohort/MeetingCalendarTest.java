package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import org.junit.jupiter.api.Test;

/** The .ics files, parsed back with ical4j itself. */
class MeetingCalendarTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant STAMP = Instant.parse("2027-01-10T09:00:00Z");

    private final MeetingCalendar calendar = new MeetingCalendar("https://leerkring.example.nl/app", AMSTERDAM,
            "leerkring@example.nl", "Leerkring");

    private static MeetingCalendar.Event meeting(long id, int sequence, LocalDateTime start, String location) {
        return new MeetingCalendar.Event(id, sequence, start, 180, "Bijeenkomst 3 — Werkplekopleiders", location,
                "https://meet.example.nl/abc", "Terugblik: het huiswerk\nSamen ontwerpen: een plan");
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent onlyEvent(Calendar parsed) {
        List<VEvent> events = parsed.getComponents(VEvent.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("No " + name));
    }

    private static ZonedDateTime start(VEvent event) {
        Temporal start = event.getStartDate().orElseThrow().getDate();
        return ZonedDateTime.from(start);
    }

    @Test
    void anInvitationIsARequestWithTheZoneAgendaAndPlace() throws Exception {
        String ics = calendar.request(meeting(42, 0, LocalDateTime.of(2027, 3, 25, 15, 0), "Lokaal 1.12"),
                "pieter@example.nl", "Pieter", STAMP);
        Calendar parsed = parse(ics);
        assertEquals("REQUEST", parsed.getProperty(Property.METHOD).orElseThrow().getValue());
        List<VTimeZone> zones = parsed.getComponents(VTimeZone.VTIMEZONE);
        assertEquals(1, zones.size());
        assertEquals("Europe/Amsterdam", zones.get(0).getProperty(Property.TZID).orElseThrow().getValue());
        VEvent event = onlyEvent(parsed);
        assertEquals("meeting-42@leerkring.example.nl", property(event, Property.UID));
        assertEquals("0", property(event, Property.SEQUENCE));
        assertEquals("Lokaal 1.12", property(event, Property.LOCATION));
        assertEquals("https://meet.example.nl/abc", property(event, Property.URL));
        assertTrue(property(event, Property.DESCRIPTION).contains("Samen ontwerpen: een plan"));
        assertEquals("CONFIRMED", property(event, Property.STATUS));
        assertTrue(property(event, Property.ATTENDEE).contains("pieter@example.nl"));
        assertTrue(ics.contains("DTSTART;TZID=Europe/Amsterdam:20270325T150000"), ics);
        assertTrue(ics.contains("DTEND;TZID=Europe/Amsterdam:20270325T180000"), ics);
        assertFalse(ics.contains("Brussels"), "the VTIMEZONE carries the TZID the events name");
    }

    @Test
    void aMoveKeepsTheUidAndRaisesTheSequence() throws Exception {
        VEvent before = onlyEvent(parse(calendar.request(meeting(7, 0, LocalDateTime.of(2027, 3, 25, 15, 0), "A"),
                "p@example.nl", "P", STAMP)));
        VEvent after = onlyEvent(parse(calendar.request(meeting(7, 1, LocalDateTime.of(2027, 4, 1, 15, 0), "B"),
                "p@example.nl", "P", STAMP)));
        assertEquals(property(before, Property.UID), property(after, Property.UID));
        assertEquals("1", property(after, Property.SEQUENCE));
        assertEquals("B", property(after, Property.LOCATION));
    }

    @Test
    void aRemovedMeetingIsACancel() throws Exception {
        Calendar parsed = parse(calendar.cancel(meeting(7, 2, LocalDateTime.of(2027, 4, 1, 15, 0), "B"),
                "p@example.nl", "P", STAMP));
        assertEquals("CANCEL", parsed.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = onlyEvent(parsed);
        assertEquals("meeting-7@leerkring.example.nl", property(event, Property.UID));
        assertEquals("CANCELLED", property(event, Property.STATUS));
        assertEquals("2", property(event, Property.SEQUENCE));
    }

    @Test
    void fifteenHundredStaysFifteenHundredAcrossTheMarchChange() throws Exception {
        // Summer time starts on Sunday 28 March 2027: before it +01:00, after it +02:00.
        String ics = calendar.feed(List.of(meeting(1, 0, LocalDateTime.of(2027, 3, 25, 15, 0), null),
                meeting(2, 0, LocalDateTime.of(2027, 4, 1, 15, 0), null)), STAMP);
        Calendar parsed = parse(ics);
        List<VEvent> events = parsed.getComponents(VEvent.VEVENT);
        assertEquals(2, events.size());
        ZonedDateTime winter = start(events.get(0));
        ZonedDateTime summer = start(events.get(1));
        assertEquals(15, winter.getHour());
        assertEquals(15, summer.getHour());
        assertEquals(ZoneOffset.ofHours(1), winter.getOffset());
        assertEquals(ZoneOffset.ofHours(2), summer.getOffset());
        assertEquals(OffsetDateTime.parse("2027-03-25T14:00:00Z").toInstant(), winter.toInstant());
        assertEquals(OffsetDateTime.parse("2027-04-01T13:00:00Z").toInstant(), summer.toInstant());
        assertEquals(LocalDateTime.of(2027, 4, 1, 15, 0), summer.withZoneSameInstant(AMSTERDAM).toLocalDateTime());
        assertTrue(ics.contains("DTSTART;TZID=Europe/Amsterdam:20270401T150000"), ics);
        assertFalse(ics.contains("METHOD:REQUEST"));
        // Without a place the online link is the location.
        assertEquals("https://meet.example.nl/abc", property(events.get(0), Property.LOCATION));
    }
}
