package nl.leerkring.cohort;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes meetings as iCalendar with ical4j: one event per meeting with a UID that never changes
 * ({@code meeting-<id>@<host>}) and the meeting's SEQUENCE, in the meetings' time zone with its
 * VTIMEZONE, so a calendar app keeps the wall-clock hour across a daylight-saving change.
 */
public final class MeetingCalendar {

    /** The MIME type of an invitation (METHOD:REQUEST) or of its cancellation (METHOD:CANCEL). */
    public static String contentType(boolean cancel) {
        return "text/calendar; method=" + (cancel ? "CANCEL" : "REQUEST") + "; charset=UTF-8";
    }

    /** One meeting as a calendar event: everything the .ics says about it. */
    public record Event(long meetingId, int sequence, LocalDateTime start, int durationMinutes, String summary,
            String location, String onlineLink, String description, boolean cancelled) {

        /** A meeting that takes place. */
        public Event(long meetingId, int sequence, LocalDateTime start, int durationMinutes, String summary,
                String location, String onlineLink, String description) {
            this(meetingId, sequence, start, durationMinutes, summary, location, onlineLink, description, false);
        }
    }

    private static final String PRODUCT = "-//Leerkring//Leerkring meetings//NL";
    /** The VTIMEZONE per zone, read and parsed once; each calendar gets its own copy. */
    private static final java.util.Map<String, VTimeZone> ZONES = new java.util.concurrent.ConcurrentHashMap<>();

    private final String host;
    private final ZoneId zone;
    private final String organizerEmail;
    private final String organizerName;

    public MeetingCalendar(String baseUrl, ZoneId zone, String organizerEmail, String organizerName) {
        this.host = hostOf(baseUrl);
        this.zone = zone;
        this.organizerEmail = organizerEmail;
        this.organizerName = organizerName;
    }

    static String hostOf(String baseUrl) {
        try {
            String found = new URI(baseUrl).getHost();
            return found == null || found.isBlank() ? "leerkring" : found;
        } catch (URISyntaxException e) {
            return "leerkring";
        }
    }

    /** The UID of a meeting's event, the same in every invitation, update, cancellation and feed. */
    public String uid(long meetingId) {
        return "meeting-" + meetingId + "@" + host;
    }

    /** An invitation (or an update, with a higher SEQUENCE) to one attendee. */
    public String request(Event event, String attendeeEmail, String attendeeName, Instant stamp) {
        Calendar calendar = calendar(ImmutableMethod.REQUEST);
        VEvent vevent = event(event, stamp);
        vevent.add(ImmutableStatus.VEVENT_CONFIRMED);
        addPeople(vevent, attendeeEmail, attendeeName);
        calendar.add(vevent);
        return write(calendar);
    }

    /** The meeting is cancelled: METHOD:CANCEL and STATUS:CANCELLED, same UID, SEQUENCE raised by the caller. */
    public String cancel(Event event, String attendeeEmail, String attendeeName, Instant stamp) {
        Calendar calendar = calendar(ImmutableMethod.CANCEL);
        VEvent vevent = event(event, stamp);
        vevent.add(ImmutableStatus.VEVENT_CANCELLED);
        addPeople(vevent, attendeeEmail, attendeeName);
        calendar.add(vevent);
        return write(calendar);
    }

    /** A subscribed calendar: all these meetings, published; a cancelled one is marked STATUS:CANCELLED. */
    public String feed(List<Event> events, Instant stamp) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH);
        for (Event event : events) {
            VEvent vevent = event(event, stamp);
            if (event.cancelled()) {
                vevent.add(ImmutableStatus.VEVENT_CANCELLED);
            }
            calendar.add(vevent);
        }
        return write(calendar);
    }

    private Calendar calendar(Method method) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        calendar.add(method);
        calendar.add(timeZone());
        return calendar;
    }

    /**
     * The zone's VTIMEZONE from ical4j's bundled definitions, named as the events name it. (The
     * bundled data may file a zone under another with the same rules, e.g. Amsterdam under Brussels
     * since 1970; an event must find its TZID in the file.)
     */
    private VTimeZone timeZone() {
        return ZONES.computeIfAbsent(zone.getId(), id -> {
            VTimeZone timeZone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(id)
                    .getVTimeZone().copy();
            timeZone.removeAll(Property.TZURL, "X-LIC-LOCATION");
            timeZone.replace(new net.fortuna.ical4j.model.property.TzId(id));
            return timeZone;
        }).copy();
    }

    private VEvent event(Event event, Instant stamp) {
        ZonedDateTime start = event.start().atZone(zone);
        ZonedDateTime end = start.plus(Duration.ofMinutes(event.durationMinutes()));
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(uid(event.meetingId())));
        vevent.add(new DtStamp(stamp));
        vevent.add(new DtStart<>(new ParameterList(List.of(new TzId(zone.getId()))), start));
        vevent.add(new DtEnd<>(new ParameterList(List.of(new TzId(zone.getId()))), end));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new Summary(event.summary()));
        String place = event.location() != null ? event.location() : event.onlineLink();
        if (place != null) {
            vevent.add(new Location(place));
        }
        if (event.onlineLink() != null) {
            try {
                vevent.add(new Url(new URI(event.onlineLink())));
            } catch (URISyntaxException e) {
                // checked as https://... when saved; a link that is no URI stays in the description only
            }
        }
        if (event.description() != null && !event.description().isBlank()) {
            vevent.add(new Description(event.description()));
        }
        return vevent;
    }

    private void addPeople(VEvent vevent, String attendeeEmail, String attendeeName) {
        if (organizerEmail != null && !organizerEmail.isBlank()) {
            vevent.add(new Organizer(new ParameterList(List.of(new Cn(organizerName))), URI.create("mailto:" + organizerEmail)));
        }
        if (attendeeEmail != null) {
            vevent.add(new Attendee(new ParameterList(List.of(new Cn(attendeeName == null ? attendeeEmail : attendeeName))),
                    URI.create("mailto:" + attendeeEmail)));
        }
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Invalid calendar: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
