package nl.leerkring.library;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.account.AccountService;
import nl.leerkring.account.Person;
import nl.leerkring.platform.Role;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.scan.ScanResult;
import nl.leerkring.scan.ScanService;

/**
 * The library's rules. Who sees an item: PARTNERSHIP every signed-in person, COHORT the cohort's
 * accepted members and facilitators and the coordinators, DRAFT only its author; a retired item only
 * coordinators. Facilitators and coordinators add any material; a participant adds an instrument
 * for one of their cohorts and may propose it to the partnership, which the cohort's facilitator
 * approves. Authors change their own items; coordinators curate all (edit, retire, feature).
 * An item somebody may not see answers as if it did not exist.
 */
@Stateless
public class LibraryService {

    public static final int PAGE_SIZE = 12;
    public static final int SUGGESTIONS = 3;

    /** The person asking, with what decides what they see, read once per request. */
    public record Viewer(long personId, boolean coordinator, boolean facilitator, Set<Long> memberCohorts,
            Set<Long> facilitatedCohorts) {

        /** Only a participant: adds instruments for their cohorts, nothing for the partnership. */
        public boolean participantOnly() {
            return !coordinator && !facilitator;
        }

        boolean sees(LibraryItem item) {
            if (item.getVisibility() == Visibility.DRAFT) {
                return item.isBy(personId);
            }
            if (item.isRetired() && !coordinator) {
                return false;
            }
            return item.getVisibility() == Visibility.PARTNERSHIP || coordinator || item.isBy(personId)
                    || memberCohorts.contains(item.getCohortId()) || facilitatedCohorts.contains(item.getCohortId());
        }

        boolean mayEdit(LibraryItem item) {
            return sees(item) && (item.isBy(personId) || coordinator);
        }

        boolean mayApprove(LibraryItem item) {
            return item.isProposedForPartnership() && item.getVisibility() == Visibility.COHORT
                    && (coordinator || facilitatedCohorts.contains(item.getCohortId()));
        }

        /** The cohorts this person may share an item with. */
        boolean mayShareWith(long cohortId) {
            return coordinator || facilitatedCohorts.contains(cohortId) || memberCohorts.contains(cohortId);
        }
    }

    /** What the library page asks for. Null filters are not applied. */
    public record Query(String text, Integer area, Integer phase, ItemType type, int page) {
    }

    /** One page of results and the total. */
    public record Results(List<LibraryItem> items, long total, int page, int pages) {
    }

    /** One item as a reader sees it, with what they may do with it. */
    public record ItemView(LibraryItem item, Optional<LibraryFile.Meta> file, List<LibraryComment> comments,
            long useCount, boolean usedByMe, boolean mayEdit, boolean mayCurate, boolean mayApprove, long viewerId,
            boolean coordinator) {

        public boolean mayDelete(LibraryComment comment) {
            return coordinator || comment.getPerson().getId() == viewerId;
        }
    }

    /** The materials of one meeting, per agenda part in the agenda's order. */
    public record MeetingMaterials(long meetingId, Map<AgendaPart, List<LibraryItem>> parts) {

        public boolean isEmpty() {
            return parts.values().stream().allMatch(List::isEmpty);
        }

        public List<Map.Entry<AgendaPart, List<LibraryItem>>> getNonEmpty() {
            return parts.entrySet().stream().filter(e -> !e.getValue().isEmpty()).toList();
        }
    }

    /** A meeting a participant goes to next, with its materials. */
    public record NextMeeting(Meeting meeting, MeetingMaterials materials) {
    }

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private AccountService accounts;
    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private ScanService scans;
    @Inject
    @ConfigProperty(name = "leerkring.library.max-file-mb", defaultValue = "20")
    private int maxFileMb;

    // ------------------------------------------------------------------ who asks

    public Viewer viewer(long personId) {
        Person person = accounts.getPersonWithRoles(personId);
        Set<Long> members = cohorts.listAsMember(personId).stream().map(Cohort::getId).collect(Collectors.toSet());
        Set<Long> facilitated = person.hasRole(Role.FACILITATOR) || person.hasRole(Role.COORDINATOR)
                ? cohorts.idsFacilitatedBy(personId) : Set.of();
        return new Viewer(personId, person.hasRole(Role.COORDINATOR), person.hasRole(Role.FACILITATOR), members,
                facilitated);
    }

    /** The cohorts the person may share an item with, for the edit page. */
    public List<Cohort> cohortsToShareWith(long personId) {
        Viewer viewer = viewer(personId);
        Map<Long, Cohort> all = new LinkedHashMap<>();
        cohorts.listToView(personId).stream().filter(c -> viewer.mayShareWith(c.getId())).forEach(c -> all.put(c.getId(), c));
        cohorts.listAsMember(personId).forEach(c -> all.putIfAbsent(c.getId(), c));
        return List.copyOf(all.values());
    }

    public long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }

    // ------------------------------------------------------------------ finding

    /** The library's page: a page of results and, for a facilitator, the proposals of their cohorts (who asks read once). */
    public record IndexPage(Results results, List<LibraryItem> proposals) {
    }

    /** The results of a search and, for a facilitator, the items proposed for the partnership in their cohorts. */
    public IndexPage indexPage(Query query, long personId) {
        Viewer viewer = viewer(personId);
        return new IndexPage(search(query, viewer), viewer.facilitator() ? proposals(viewer) : List.of());
    }

    /** A page of the items the person may see that match, featured first, then by title. */
    public Results search(Query query, long personId) {
        return search(query, viewer(personId));
    }

    private Results search(Query query, Viewer viewer) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = visibleTo(viewer, parameters) + filters(query, parameters);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM LibraryItem i WHERE " + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(query.page(), 1), pages);
        TypedQuery<LibraryItem> list = em.createQuery("SELECT i FROM LibraryItem i LEFT JOIN FETCH i.author "
                + "LEFT JOIN FETCH i.cohort WHERE " + where + " ORDER BY i.featured DESC, i.title, i.id", LibraryItem.class);
        parameters.forEach(list::setParameter);
        List<LibraryItem> items = total == 0 ? List.of()
                : list.setFirstResult((page - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        return new Results(items, total, page, pages);
    }

    /** The same visibility rule as {@link Viewer#sees}, as a query condition. */
    private static String visibleTo(Viewer viewer, Map<String, Object> parameters) {
        parameters.put("me", viewer.personId());
        String notRetired = viewer.coordinator() ? "" : " AND i.retired = FALSE";
        String cohortItems;
        if (viewer.coordinator()) {
            cohortItems = "i.visibility = nl.leerkring.library.Visibility.COHORT";
        } else {
            Set<Long> mine = new HashSet<>(viewer.memberCohorts());
            mine.addAll(viewer.facilitatedCohorts());
            mine.add(-1L);
            parameters.put("cohorts", List.copyOf(mine));
            cohortItems = "(i.visibility = nl.leerkring.library.Visibility.COHORT AND i.cohortId IN :cohorts)";
        }
        return "((i.visibility = nl.leerkring.library.Visibility.DRAFT AND i.authorId = :me) OR ("
                + "(i.visibility = nl.leerkring.library.Visibility.PARTNERSHIP OR " + cohortItems
                + " OR (i.visibility = nl.leerkring.library.Visibility.COHORT AND i.authorId = :me))" + notRetired + "))";
    }

    private static String filters(Query query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (query.area() != null) {
            parameters.put("area", query.area());
            where.append(" AND :area MEMBER OF i.areas");
        }
        if (query.phase() != null) {
            parameters.put("phase", query.phase());
            where.append(" AND :phase MEMBER OF i.phases");
        }
        if (query.type() != null) {
            parameters.put("type", query.type());
            where.append(" AND i.type = :type");
        }
        List<String> patterns = DutchSearchTerms.patterns(query.text());
        for (int i = 0; i < patterns.size(); i++) {
            parameters.put("word" + i, patterns.get(i));
            where.append(" AND i.searchTerms LIKE :word").append(i);
        }
        return where.toString();
    }

    /**
     * Up to three items for the participant's weakest one or two axes by their newest scan,
     * featured first: "Materiaal bij je laagste gebieden". Empty without a scan.
     */
    public List<LibraryItem> suggestions(long personId) {
        Optional<ScanResult> latest = scans.latestOwn(personId);
        return latest.isEmpty() ? List.of() : suggestions(personId, latest.get());
    }

    /** The same for the person's newest scan as the caller read it (their own scan's page). */
    public List<LibraryItem> suggestions(long personId, ScanResult newest) {
        if (!newest.scan().getPerson().getId().equals(personId) || newest.means().isEmpty()) {
            return List.of();
        }
        List<Integer> weakest = newest.means().entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(Map.Entry::getKey).toList();
        Viewer viewer = viewer(personId);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("axes", weakest);
        TypedQuery<LibraryItem> query = em.createQuery("SELECT DISTINCT i FROM LibraryItem i JOIN i.areas a WHERE "
                + visibleTo(viewer, parameters) + " AND a IN :axes ORDER BY i.featured DESC, i.title, i.id",
                LibraryItem.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(SUGGESTIONS).getResultList();
    }

    /** One item for someone who may see it. */
    public ItemView view(long itemId, long personId) {
        Viewer viewer = viewer(personId);
        LibraryItem item = visible(itemId, viewer);
        Optional<LibraryFile.Meta> file = em.createNamedQuery(LibraryFile.META, LibraryFile.Meta.class)
                .setParameter("items", List.of(itemId)).getResultStream().findFirst();
        List<LibraryComment> comments = em.createNamedQuery(LibraryComment.LIST_FOR_ITEM, LibraryComment.class)
                .setParameter("item", itemId).getResultList();
        Object[] uses = (Object[]) em.createNativeQuery("SELECT COUNT(*), SUM(CASE WHEN person_id = ? THEN 1 ELSE 0 END) "
                + "FROM library_use WHERE item_id = ?").setParameter(1, personId).setParameter(2, itemId).getSingleResult();
        long useCount = ((Number) uses[0]).longValue();
        boolean usedByMe = uses[1] != null && ((Number) uses[1]).longValue() > 0;
        return new ItemView(item, file, comments, useCount, usedByMe, viewer.mayEdit(item), viewer.coordinator(),
                viewer.mayApprove(item), personId, viewer.coordinator());
    }

    /** An item the person may see (the library's one visibility rule); else 404. */
    public LibraryItem getVisible(long itemId, long personId) {
        return visible(itemId, viewer(personId));
    }

    /** An item to change: its author's, or any for a coordinator. */
    public LibraryItem getToEdit(long itemId, long personId) {
        Viewer viewer = viewer(personId);
        LibraryItem item = visible(itemId, viewer);
        if (!viewer.mayEdit(item)) {
            throw new NotFoundException();
        }
        return item;
    }

    private LibraryItem visible(long itemId, Viewer viewer) {
        LibraryItem item = em.find(LibraryItem.class, itemId);
        if (item == null || !viewer.sees(item)) {
            throw new NotFoundException();
        }
        return item;
    }

    /** The file's name and type for a download, for someone who may see the item; else 404. */
    public LibraryFile.Meta fileToDownload(long itemId, long personId) {
        visible(itemId, viewer(personId));
        return em.createNamedQuery(LibraryFile.META, LibraryFile.Meta.class).setParameter("items", List.of(itemId))
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    // ------------------------------------------------------------------ writing

    /** Creates (no id) or changes an item, with its file when one is given, in one transaction. */
    public LibraryItem save(Long itemId, LibraryItem.Content content, Visibility visibility, Long cohortId,
            boolean propose, String fileName, byte[] file, long personId) {
        LibraryItem item = itemId == null ? create(content, visibility, cohortId, propose, personId)
                : update(itemId, content, visibility, cohortId, propose, personId);
        if (file != null) {
            attachFile(item.getId(), fileName, file, personId);
        }
        return item;
    }

    public LibraryItem create(LibraryItem.Content content, Visibility visibility, Long cohortId, boolean propose,
            long personId) {
        Viewer viewer = viewer(personId);
        Cohort cohort = checkSharing(viewer, content, visibility, cohortId, null);
        LibraryItem item = new LibraryItem(accounts.getPerson(personId), content, visibility, cohort, now());
        item.propose(propose && visibility == Visibility.COHORT);
        item.index(DutchSearchTerms.column(item.searchableText()));
        em.persist(item);
        em.flush();
        return item;
    }

    public LibraryItem update(long itemId, LibraryItem.Content content, Visibility visibility, Long cohortId,
            boolean propose, long personId) {
        Viewer viewer = viewer(personId);
        LibraryItem item = getToEdit(itemId, personId);
        Cohort cohort = checkSharing(viewer, content, visibility, cohortId, item);
        item.change(content, now());
        item.show(visibility, cohort, now());
        item.propose(propose && visibility == Visibility.COHORT);
        item.index(DutchSearchTerms.column(item.searchableText()));
        return item;
    }

    /**
     * Who may share what with whom. A visibility the item already has may stay (a participant's
     * approved instrument keeps PARTNERSHIP when its author corrects a typo).
     */
    private Cohort checkSharing(Viewer viewer, LibraryItem.Content content, Visibility visibility, Long cohortId,
            LibraryItem existing) {
        boolean unchanged = existing != null && existing.getVisibility() == visibility
                && (visibility != Visibility.COHORT || existing.getCohortId().equals(cohortId));
        if (viewer.participantOnly()) {
            boolean typeUnchanged = existing != null && existing.getType() == content.type();
            if (content.type() != ItemType.INSTRUMENT && !typeUnchanged) {
                throw new BusinessException("library.participantInstrumentOnly");
            }
            if (visibility == Visibility.PARTNERSHIP && !unchanged) {
                throw new BusinessException("library.participantNoPartnership");
            }
        }
        if (visibility != Visibility.COHORT) {
            return null;
        }
        if (cohortId == null) {
            throw new BusinessException("library.cohortRequired");
        }
        if (!unchanged && !viewer.mayShareWith(cohortId)) {
            throw new NotFoundException();
        }
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw new NotFoundException();
        }
        return cohort;
    }

    /** Keeps an uploaded file with the item, its type decided from its bytes. */
    public void attachFile(long itemId, String fileName, byte[] content, long personId) {
        LibraryItem item = getToEdit(itemId, personId);
        if (content.length > maxFileBytes()) {
            throw new BusinessException("library.fileTooLarge", maxFileMb);
        }
        if (content.length == 0) {
            throw new BusinessException("library.fileEmpty");
        }
        String name = FileNames.safe(fileName);
        String contentType = FileTypes.decide(content, name);
        String sha256 = sha256(content);
        LibraryFile file = em.find(LibraryFile.class, item.getId());
        if (file == null) {
            em.persist(new LibraryFile(item.getId(), name, contentType, content, sha256));
        } else {
            file.replace(name, contentType, content, sha256);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The facilitator of the item's cohort shares a participant's instrument with the partnership. */
    public void approve(long itemId, long personId) {
        Viewer viewer = viewer(personId);
        LibraryItem item = visible(itemId, viewer);
        if (!viewer.mayApprove(item)) {
            throw new NotFoundException();
        }
        item.approve(now());
    }

    /** The facilitator says no: the item stays with its cohort. */
    public void decline(long itemId, long personId) {
        Viewer viewer = viewer(personId);
        LibraryItem item = visible(itemId, viewer);
        if (!viewer.mayApprove(item)) {
            throw new NotFoundException();
        }
        item.propose(false);
    }

    /** Participants' instruments proposed for the partnership in the cohorts the person facilitates. */
    private List<LibraryItem> proposals(Viewer viewer) {
        if (viewer.facilitatedCohorts().isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(LibraryItem.PROPOSED_FOR_COHORTS, LibraryItem.class)
                .setParameter("cohorts", List.copyOf(viewer.facilitatedCohorts())).getResultList();
    }

    public void retire(long itemId, boolean retired, long personId) {
        curated(itemId, personId).retire(retired);
    }

    public void feature(long itemId, boolean featured, long personId) {
        curated(itemId, personId).feature(featured);
    }

    private LibraryItem curated(long itemId, long personId) {
        Viewer viewer = viewer(personId);
        LibraryItem item = visible(itemId, viewer);
        if (!viewer.coordinator()) {
            throw new NotFoundException();
        }
        return item;
    }

    public LibraryComment comment(long itemId, String body, long personId) {
        LibraryItem item = visible(itemId, viewer(personId));
        LibraryComment comment = new LibraryComment(item, accounts.getPerson(personId), body, now());
        em.persist(comment);
        return comment;
    }

    /** Its writer deletes a comment, or a coordinator any. */
    public void deleteComment(long commentId, long personId) {
        LibraryComment comment = em.find(LibraryComment.class, commentId);
        if (comment == null) {
            throw new NotFoundException();
        }
        Viewer viewer = viewer(personId);
        visible(comment.getItem().getId(), viewer);
        if (!(viewer.coordinator() || comment.getPerson().getId() == personId)) {
            throw new NotFoundException();
        }
        em.remove(comment);
    }

    /** "Ik heb dit gebruikt": once per person, however often it is posted. */
    public void markUsed(long itemId, long personId) {
        visible(itemId, viewer(personId));
        em.createNativeQuery("INSERT INTO library_use (item_id, person_id, used_at) SELECT ?, ?, ? FROM library_item "
                + "WHERE id = ? AND NOT EXISTS (SELECT 1 FROM library_use WHERE item_id = ? AND person_id = ?)")
                .setParameter(1, itemId).setParameter(2, personId).setParameter(3, now()).setParameter(4, itemId)
                .setParameter(5, itemId).setParameter(6, personId).executeUpdate();
    }

    // ------------------------------------------------------------------ the search index

    /**
     * Computes the search terms of items that have none (items a migration inserted). Each row is
     * written only while it is still empty, so two instances doing this at once do no harm.
     */
    public int indexMissing() {
        int indexed = 0;
        for (LibraryItem item : em.createNamedQuery(LibraryItem.UNINDEXED, LibraryItem.class).getResultList()) {
            indexed += em.createQuery("UPDATE LibraryItem i SET i.searchTerms = :terms "
                    + "WHERE i.id = :id AND i.searchTerms IS NULL")
                    .setParameter("terms", DutchSearchTerms.column(item.searchableText()))
                    .setParameter("id", item.getId()).executeUpdate();
        }
        return indexed;
    }

    // ------------------------------------------------------------------ meetings

    /** The materials of a meeting the person facilitates, for preparing it. */
    public MeetingMaterials materialsToManage(long meetingId, long personId) {
        Meeting meeting = meetingService.getMeetingToManage(meetingId, personId);
        return materials(List.of(meeting)).get(meetingId);
    }

    /** The materials of the meetings of the cohorts the participant takes part in, by meeting id. */
    public Map<Long, MeetingMaterials> materialsAsMember(long personId) {
        List<Cohort> mine = cohorts.listAsMember(personId);
        List<Meeting> meetings = meetingService.meetings(mine).values().stream().flatMap(List::stream).toList();
        return materials(meetings);
    }

    /**
     * These meetings with their materials, in one query: the next meeting of each cohort a participant
     * takes part in, as the caller read them with the participant's cohorts (the home page has them already).
     */
    public List<NextMeeting> nextMeetings(List<Meeting> next) {
        Map<Long, MeetingMaterials> materials = materials(next);
        return next.stream().map(m -> new NextMeeting(m, materials.get(m.getId()))).toList();
    }

    /**
     * The materials of these meetings in one query. Only what the cohort may see counts: an item
     * made a draft or retired after it was attached drops out.
     */
    private Map<Long, MeetingMaterials> materials(List<Meeting> meetings) {
        Map<Long, MeetingMaterials> byMeeting = new LinkedHashMap<>();
        Map<Long, Long> cohortOf = new LinkedHashMap<>();
        for (Meeting meeting : meetings) {
            Map<AgendaPart, List<LibraryItem>> parts = new EnumMap<>(AgendaPart.class);
            for (AgendaPart part : AgendaPart.values()) {
                parts.put(part, new ArrayList<>());
            }
            byMeeting.put(meeting.getId(), new MeetingMaterials(meeting.getId(), parts));
            cohortOf.put(meeting.getId(), meeting.getCohort().getId());
        }
        if (meetings.isEmpty()) {
            return byMeeting;
        }
        for (MeetingMaterial material : em.createNamedQuery(MeetingMaterial.LIST_FOR_MEETINGS, MeetingMaterial.class)
                .setParameter("meetings", List.copyOf(byMeeting.keySet())).getResultList()) {
            if (visibleToCohort(material.getItem(), cohortOf.get(material.getMeetingId()))) {
                byMeeting.get(material.getMeetingId()).parts().get(material.getAgendaPart()).add(material.getItem());
            }
        }
        return byMeeting;
    }

    private static boolean visibleToCohort(LibraryItem item, Long cohortId) {
        return !item.isRetired() && (item.getVisibility() == Visibility.PARTNERSHIP
                || (item.getVisibility() == Visibility.COHORT && item.getCohortId().equals(cohortId)));
    }

    /** Adds an item the cohort may see to a part of the meeting's agenda, at the end of that part. */
    public void attach(long meetingId, long itemId, AgendaPart part, long personId) {
        Meeting meeting = meetingService.getMeetingToManage(meetingId, personId);
        LibraryItem item = visible(itemId, viewer(personId));
        if (part == null) {
            throw new BusinessException("library.partRequired");
        }
        if (!visibleToCohort(item, meeting.getCohort().getId())) {
            throw new BusinessException("library.notForCohort");
        }
        List<MeetingMaterial> inPart = inPart(meetingId, part);
        if (inPart.stream().anyMatch(m -> m.getItem().getId().equals(itemId))) {
            throw new BusinessException("library.alreadyAttached");
        }
        em.persist(new MeetingMaterial(meetingId, item, part, inPart.size() + 1, now()));
    }

    /** Moves an attached item one place up (-1) or down (+1) within its part. */
    public void move(long meetingId, long itemId, AgendaPart part, int direction, long personId) {
        meetingService.getMeetingToManage(meetingId, personId);
        List<MeetingMaterial> inPart = new ArrayList<>(inPart(meetingId, part));
        int at = indexOf(inPart, itemId);
        int to = at + Integer.signum(direction);
        if (to < 0 || to >= inPart.size()) {
            return;
        }
        inPart.add(to, inPart.remove(at));
        for (int i = 0; i < inPart.size(); i++) {
            inPart.get(i).placeAt(i + 1);
        }
    }

    public void detach(long meetingId, long itemId, AgendaPart part, long personId) {
        meetingService.getMeetingToManage(meetingId, personId);
        List<MeetingMaterial> inPart = new ArrayList<>(inPart(meetingId, part));
        em.remove(inPart.remove(indexOf(inPart, itemId)));
        for (int i = 0; i < inPart.size(); i++) {
            inPart.get(i).placeAt(i + 1);
        }
    }

    private List<MeetingMaterial> inPart(long meetingId, AgendaPart part) {
        return em.createNamedQuery(MeetingMaterial.LIST_FOR_MEETINGS, MeetingMaterial.class)
                .setParameter("meetings", List.of(meetingId)).getResultList().stream()
                .filter(m -> m.getAgendaPart() == part).toList();
    }

    private static int indexOf(List<MeetingMaterial> inPart, long itemId) {
        for (int i = 0; i < inPart.size(); i++) {
            if (inPart.get(i).getItem().getId() == itemId) {
                return i;
            }
        }
        throw new NotFoundException();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
