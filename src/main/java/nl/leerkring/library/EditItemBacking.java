package nl.leerkring.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.platform.BusinessException;

/**
 * library/edit.xhtml: a new item, or changes to one (its author's, or any for a coordinator):
 * texts, sections, areas, phases, who sees it, a link or a file.
 */
@Named
@RequestScoped
public class EditItemBacking {

    /** Blank section rows offered below the existing ones; blank rows are not kept. */
    static final int BLANK_SECTIONS = 2;

    /** One section's fields. */
    public static class SectionRow {
        private String heading;
        private String body;

        SectionRow(String heading, String body) {
            this.heading = heading;
            this.body = body;
        }

        public String getHeading() {
            return heading;
        }

        public void setHeading(String heading) {
            this.heading = heading;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    @Inject
    private LibraryService library;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "item")
    private Long itemId;

    private LibraryItem item;
    private List<Cohort> cohorts;
    private String title;
    private String description;
    private ItemType type;
    private String linkUrl;
    private final List<SectionRow> sections = new ArrayList<>();
    private List<Integer> areas = new ArrayList<>();
    private List<Integer> phases = new ArrayList<>();
    private Visibility visibility = Visibility.DRAFT;
    private Long cohortId;
    private boolean propose;
    private Part upload;

    @PostConstruct
    void init() {
        if (itemId != null) {
            item = library.getToEdit(itemId, me());
            title = item.getTitle();
            description = item.getDescription();
            type = item.getType();
            linkUrl = item.getLinkUrl();
            item.getSections().forEach(s -> sections.add(new SectionRow(s.getHeading(), s.getBody())));
            areas = new ArrayList<>(item.getAreas());
            phases = new ArrayList<>(item.getPhases());
            visibility = item.getVisibility();
            cohortId = item.getCohortId();
            propose = item.isProposedForPartnership();
        } else if (isParticipantOnly()) {
            type = ItemType.INSTRUMENT;
            visibility = Visibility.COHORT;
        }
        for (int i = 0; i < BLANK_SECTIONS; i++) {
            sections.add(new SectionRow(null, null));
        }
    }

    public void save() {
        String fileName = null;
        byte[] file = null;
        if (upload != null && upload.getSize() > 0) {
            if (upload.getSize() > library.maxFileBytes()) {
                throw new BusinessException("library.fileTooLarge", library.maxFileBytes() / (1024 * 1024));
            }
            fileName = upload.getSubmittedFileName();
            try (InputStream in = upload.getInputStream()) {
                file = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String[]> sectionTexts = sections.stream().map(s -> new String[] {s.getHeading(), s.getBody()}).toList();
        LibraryItem saved = library.save(itemId, new LibraryItem.Content(title, description, type, linkUrl, sectionTexts,
                new LinkedHashSet<>(areas), new LinkedHashSet<>(phases)), visibility, cohortId, propose, fileName, file,
                me());
        Messages.addFlashGlobalInfo("library.edit.saved");
        Faces.redirect("library/item.xhtml?item=%s", String.valueOf(saved.getId()));
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public boolean isParticipantOnly() {
        return !currentPerson.isFacilitator() && !currentPerson.isCoordinator();
    }

    public List<Cohort> getCohorts() {
        if (cohorts == null) {
            cohorts = library.cohortsToShareWith(me());
        }
        return cohorts;
    }

    /** Who-sees-it choices: a participant shares an instrument with a cohort or keeps a draft. */
    public List<Visibility> getVisibilities() {
        if (isParticipantOnly() && (item == null || item.getVisibility() != Visibility.PARTNERSHIP)) {
            return List.of(Visibility.COHORT, Visibility.DRAFT);
        }
        return List.of(Visibility.values());
    }

    public List<ItemType> getTypes() {
        return isParticipantOnly() ? List.of(ItemType.INSTRUMENT) : List.of(ItemType.values());
    }

    public boolean isNew() {
        return item == null;
    }

    public LibraryItem getItem() {
        return item;
    }

    public Long getItemId() {
        return itemId;
    }

    public long getMaxFileMb() {
        return library.maxFileBytes() / (1024 * 1024);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ItemType getType() {
        return type;
    }

    public void setType(ItemType type) {
        this.type = type;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public List<SectionRow> getSections() {
        return sections;
    }

    public List<Integer> getAreas() {
        return areas;
    }

    public void setAreas(List<Integer> areas) {
        this.areas = areas;
    }

    public List<Integer> getPhases() {
        return phases;
    }

    public void setPhases(List<Integer> phases) {
        this.phases = phases;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public boolean isPropose() {
        return propose;
    }

    public void setPropose(boolean propose) {
        this.propose = propose;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
