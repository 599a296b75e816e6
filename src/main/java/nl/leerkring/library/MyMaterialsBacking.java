package nl.leerkring.library;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.scan.ScanResult;

/**
 * What a participant sees of the library outside it: the materials of their meetings (cohort/mine.xhtml),
 * of their next meeting (home page), and suggestions for their weakest areas (scan result, learning
 * question). Each read once per request, in a fixed number of queries.
 */
@Named
@RequestScoped
public class MyMaterialsBacking {

    @Inject
    private LibraryService library;
    @Inject
    private CurrentPerson currentPerson;

    private Map<Long, LibraryService.MeetingMaterials> byMeeting;
    private List<LibraryService.NextMeeting> next;
    private List<LibraryItem> suggestions;

    /** The materials of one of the participant's meetings, or none. */
    public LibraryService.MeetingMaterials forMeeting(long meetingId) {
        if (byMeeting == null) {
            byMeeting = library.materialsAsMember(me());
        }
        return byMeeting.get(meetingId);
    }

    /**
     * The participant's next meetings (the next of each of their cohorts, as the home page read them) with
     * their materials, read once per request.
     */
    public List<LibraryService.NextMeeting> nextMeetings(List<Meeting> meetings) {
        if (next == null) {
            next = currentPerson.isParticipant() ? library.nextMeetings(meetings) : List.of();
        }
        return next;
    }

    public boolean anyNextMaterial(List<Meeting> meetings) {
        return nextMeetings(meetings).stream().anyMatch(n -> !n.materials().isEmpty());
    }

    public List<LibraryItem> getSuggestions() {
        if (suggestions == null) {
            suggestions = library.suggestions(me());
        }
        return suggestions;
    }

    /** The suggestions by the participant's newest scan when the page has it already (null: read it). */
    public List<LibraryItem> suggestionsFor(ScanResult newest) {
        if (suggestions == null && newest != null) {
            suggestions = library.suggestions(me(), newest);
        }
        return getSuggestions();
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }
}
