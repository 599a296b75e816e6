package nl.leerkring.library;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;

/**
 * The library part of cohort/meeting.xhtml: the facilitator finds items (a GET search that keeps the
 * meeting), attaches them to an agenda part, and reorders or removes what is attached.
 */
@Named
@RequestScoped
public class MeetingMaterialsBacking {

    @Inject
    private LibraryService library;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "id")
    private Long meetingId;
    @Inject
    @Param(name = "q")
    private String query;

    private LibraryService.MeetingMaterials materials;
    private List<LibraryItem> found;
    private AgendaPart part = AgendaPart.THEORY;

    public LibraryService.MeetingMaterials getMaterials() {
        if (materials == null) {
            materials = library.materialsToManage(meetingId, me());
        }
        return materials;
    }

    /** The first page of what the search finds, once something was searched for. */
    public List<LibraryItem> getFound() {
        if (found == null) {
            found = query == null || query.isBlank() ? List.of()
                    : library.search(new LibraryService.Query(query, null, null, null, 1), me()).items();
        }
        return found;
    }

    public void attach(long itemId) {
        library.attach(meetingId, itemId, part, me());
        Messages.addFlashGlobalInfo("library.meeting.attached");
        again();
    }

    public void move(long itemId, AgendaPart inPart, int direction) {
        library.move(meetingId, itemId, inPart, direction, me());
        again();
    }

    public void detach(long itemId, AgendaPart inPart) {
        library.detach(meetingId, itemId, inPart, me());
        Messages.addFlashGlobalInfo("library.meeting.detached");
        again();
    }

    /** The page again, with the search kept: the lists are built anew and a reload posts nothing twice. */
    private void again() {
        if (query == null || query.isBlank()) {
            Faces.redirect("cohort/meeting.xhtml?id=%s#materials", String.valueOf(meetingId));
        } else {
            Faces.redirect("cohort/meeting.xhtml?id=%s&q=%s#materials", String.valueOf(meetingId), query);
        }
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public String getQuery() {
        return query;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public AgendaPart getPart() {
        return part;
    }

    public void setPart(AgendaPart part) {
        this.part = part;
    }
}
