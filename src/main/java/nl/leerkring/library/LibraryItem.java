package nl.leerkring.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import nl.leerkring.account.Person;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.Phase;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Text;
import nl.leerkring.platform.Texts;

/**
 * One piece of material: literature, a work form, an instrument, a link or a file, for one or more
 * competence areas (the framework's axes) and phases. Its author is a person, or nobody for an
 * item "from the sources", which names its source. Who sees it follows its {@link Visibility};
 * the rules of who may do what are in {@link LibraryService}.
 */
@Entity
@Table(name = "library_item")
@NamedQuery(name = LibraryItem.UNINDEXED, query = "SELECT i FROM LibraryItem i WHERE i.searchTerms IS NULL ORDER BY i.id")
@NamedQuery(name = LibraryItem.PROPOSED_FOR_COHORTS, query = """
        SELECT i FROM LibraryItem i LEFT JOIN FETCH i.author JOIN FETCH i.cohort
        WHERE i.proposedForPartnership = TRUE AND i.visibility = nl.leerkring.library.Visibility.COHORT
          AND i.retired = FALSE AND i.cohort.id IN :cohorts ORDER BY i.updatedAt, i.id""")
public class LibraryItem {

    public static final String UNINDEXED = "LibraryItem.unindexed";
    public static final String PROPOSED_FOR_COHORTS = "LibraryItem.proposedForCohorts";

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int LINK_MAX = 500;
    public static final int SOURCE_MAX = 300;
    public static final int SECTIONS_MAX = 20;
    public static final int AXES = 5;

    /** What a person typed on the edit page, before the entity checks it. */
    public record Content(String title, String description, ItemType type, String linkUrl,
            List<String[]> sections, Set<Integer> areas, Set<Integer> phases) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seed_key", length = 80, updatable = false)
    private String seedKey;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 20)
    private ItemType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "tool", length = 20)
    private Tool tool;

    @Column(name = "link_url", length = LINK_MAX)
    private String linkUrl;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Person author;

    /** The author's id without loading the author, for the visibility conditions of queries. */
    @Column(name = "author_id", insertable = false, updatable = false)
    private Long authorId;

    @Column(name = "source_name", length = SOURCE_MAX)
    private String sourceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 20)
    private Visibility visibility;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Column(name = "cohort_id", insertable = false, updatable = false)
    private Long cohortId;

    @Column(name = "proposed_for_partnership", nullable = false)
    private boolean proposedForPartnership;

    @Column(name = "featured", nullable = false)
    private boolean featured;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    @Column(name = "search_terms")
    private String searchTerms;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "library_section", joinColumns = @JoinColumn(name = "item_id"))
    @OrderBy("sectionNumber")
    @BatchFetch(BatchFetchType.IN)
    private List<LibrarySection> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "library_item_area", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "axis_number", nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private Set<Integer> areas = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "library_item_phase", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "phase", nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private Set<Integer> phases = new TreeSet<>();

    protected LibraryItem() {
    }

    LibraryItem(Person author, Content content, Visibility visibility, Cohort cohort, LocalDateTime now) {
        this.author = author;
        this.authorId = author == null ? null : author.getId();
        this.createdAt = now;
        change(content, now);
        show(visibility, cohort, now);
    }

    /** Replaces what the item says; the search terms are computed again by the caller. */
    void change(Content content, LocalDateTime now) {
        if (content.type() == null) {
            throw new BusinessException("input.required", new Texts.Key("field.library.type"));
        }
        this.title = Text.requiredSingleLine(content.title(), TITLE_MAX, "field.library.title");
        this.description = Text.requiredMultiLine(content.description(), DESCRIPTION_MAX, "field.library.description");
        this.type = content.type();
        this.linkUrl = checkedLink(content.linkUrl());
        List<LibrarySection> checked = new ArrayList<>();
        for (String[] section : content.sections()) {
            boolean blank = (section[0] == null || section[0].isBlank()) && (section[1] == null || section[1].isBlank());
            if (!blank) {
                checked.add(new LibrarySection(checked.size() + 1, section[0], section[1]));
            }
        }
        if (checked.size() > SECTIONS_MAX) {
            throw new BusinessException("library.tooManySections", SECTIONS_MAX);
        }
        if (content.areas() == null || content.areas().isEmpty()) {
            throw new BusinessException("library.areaRequired");
        }
        if (content.areas().stream().anyMatch(a -> a == null || a < 1 || a > AXES)) {
            throw new BusinessException("library.areaUnknown");
        }
        Set<Integer> phaseSet = content.phases() == null ? Set.of() : content.phases();
        if (phaseSet.stream().anyMatch(p -> p == null || p < 1 || p > Phase.values().length)) {
            throw new BusinessException("library.phaseUnknown");
        }
        this.sections.clear();
        this.sections.addAll(checked);
        this.areas.clear();
        this.areas.addAll(content.areas());
        this.phases.clear();
        this.phases.addAll(phaseSet);
        this.searchTerms = null;
        this.updatedAt = now;
    }

    /** Who sees it: a cohort item names its cohort, the others none. */
    void show(Visibility newVisibility, Cohort newCohort, LocalDateTime now) {
        if (newVisibility == null) {
            throw new BusinessException("input.required", new Texts.Key("field.library.visibility"));
        }
        if (newVisibility == Visibility.COHORT && newCohort == null) {
            throw new BusinessException("library.cohortRequired");
        }
        this.visibility = newVisibility;
        this.cohort = newVisibility == Visibility.COHORT ? newCohort : null;
        this.cohortId = this.cohort == null ? null : this.cohort.getId();
        if (newVisibility != Visibility.COHORT) {
            this.proposedForPartnership = false;
        }
        this.updatedAt = now;
    }

    void propose(boolean proposed) {
        if (proposed && visibility != Visibility.COHORT) {
            throw new BusinessException("library.proposeOnlyCohort");
        }
        this.proposedForPartnership = proposed;
    }

    /** The facilitator agreed: the whole partnership sees it now. */
    void approve(LocalDateTime now) {
        show(Visibility.PARTNERSHIP, null, now);
    }

    void feature(boolean on) {
        this.featured = on;
    }

    void retire(boolean on) {
        this.retired = on;
    }

    void index(String terms) {
        this.searchTerms = terms;
    }

    private static String checkedLink(String value) {
        String link = Text.singleLine(value, LINK_MAX, "field.library.link");
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new BusinessException("library.linkInvalid");
            }
        } catch (URISyntaxException e) {
            throw new BusinessException("library.linkInvalid");
        }
        return link;
    }

    /** The text the search reads: title, description, sections and source. */
    String searchableText() {
        StringBuilder text = new StringBuilder(title).append('\n').append(description);
        sections.forEach(s -> text.append('\n').append(s.getHeading()).append('\n').append(s.getBody()));
        if (sourceName != null) {
            text.append('\n').append(sourceName);
        }
        return text.toString();
    }

    public boolean isBy(long personId) {
        return authorId != null && authorId == personId;
    }

    /** The cohort of a cohort item, without loading it. */
    public Long getCohortId() {
        return cohortId;
    }

    /** Seeded from the sources: no author, a named source. */
    public boolean isFromSources() {
        return author == null && sourceName != null;
    }

    public Long getId() {
        return id;
    }

    public String getSeedKey() {
        return seedKey;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ItemType getType() {
        return type;
    }

    public Tool getTool() {
        return tool;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public Person getAuthor() {
        return author;
    }

    public String getSourceName() {
        return sourceName;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public boolean isProposedForPartnership() {
        return proposedForPartnership;
    }

    public boolean isFeatured() {
        return featured;
    }

    public boolean isRetired() {
        return retired;
    }

    public String getSearchTerms() {
        return searchTerms;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<LibrarySection> getSections() {
        return List.copyOf(sections);
    }

    public Set<Integer> getAreas() {
        return new TreeSet<>(areas);
    }

    public Set<Integer> getPhases() {
        return new TreeSet<>(phases);
    }
}
