package nl.leerkring.library;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerkring.account.CurrentPerson;

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

    public List<LibraryService.NextMeeting> getNextMeetings() {
        if (next == null) {
            next = currentPerson.isParticipant() ? library.nextMeetings(me()) : List.of();
        }
        return next;
    }

    public boolean isAnyNextMaterial() {
        return getNextMeetings().stream().anyMatch(n -> !n.materials().isEmpty());
    }

    public List<LibraryItem> getSuggestions() {
        if (suggestions == null) {
            suggestions = library.suggestions(me());
        }
        return suggestions;
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }
}
