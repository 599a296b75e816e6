package nl.leerkring.instrument;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;

/**
 * The framework: the version in force, and adapting it (the seed: a partnership may stress
 * other competences). Changes go into a draft copy of the version in force; publishing the
 * draft makes it the version new scans are taken on. Published versions never change, so every
 * scan keeps the wording and scale it was answered on.
 */
@Stateless
public class FrameworkService {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;

    /** The newest published version: new scans are taken on it. */
    public FrameworkVersion current() {
        return em.createNamedQuery(FrameworkVersion.LATEST_PUBLISHED, FrameworkVersion.class)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("framework.none"));
    }

    public Optional<FrameworkVersion> draft() {
        return em.createNamedQuery(FrameworkVersion.DRAFT, FrameworkVersion.class).getResultStream().findFirst();
    }

    /** The axes of the version in force, in one query (the version comes along). */
    public List<FrameworkAxis> currentAxes() {
        List<FrameworkAxis> axes = em.createNamedQuery(FrameworkAxis.LIST_CURRENT, FrameworkAxis.class).getResultList();
        if (axes.isEmpty()) {
            throw new BusinessException("framework.none");
        }
        return axes;
    }

    public List<FrameworkAxis> axes(FrameworkVersion version) {
        return em.createNamedQuery(FrameworkAxis.LIST_FOR_VERSION, FrameworkAxis.class)
                .setParameter("version", version.getId()).getResultList();
    }

    public List<FrameworkItem> items(FrameworkVersion version, Form form) {
        return em.createNamedQuery(FrameworkItem.LIST_FOR_FORM, FrameworkItem.class)
                .setParameter("version", version.getId())
                .setParameter("form", form)
                .getResultList();
    }

    /** A draft copy of the version in force, or the draft that is already open. */
    @RolesAllowed("coordinator")
    public FrameworkVersion startDraft() {
        Optional<FrameworkVersion> open = draft();
        if (open.isPresent()) {
            return open.get();
        }
        FrameworkVersion source = current();
        int number = em.createNamedQuery(FrameworkVersion.HIGHEST_NUMBER, Integer.class).getSingleResult() + 1;
        FrameworkVersion draft = new FrameworkVersion(number, source.getScalePoints(), source.getLabelLow(),
                source.getLabelHigh(), now());
        em.persist(draft);
        axes(source).forEach(axis -> em.persist(axis.copyTo(draft)));
        for (Form form : Form.values()) {
            items(source, form).forEach(item -> em.persist(item.copyTo(draft)));
        }
        em.flush();
        return draft;
    }

    @RolesAllowed("coordinator")
    public void reword(long itemId, String wording) {
        draftItem(itemId).reword(wording);
    }

    /** Removes an item from the draft, with its sub-statements; feedback items no longer mirror it. */
    @RolesAllowed("coordinator")
    public void remove(long itemId) {
        FrameworkItem item = draftItem(itemId);
        for (Form form : Form.values()) {
            for (FrameworkItem other : items(item.getVersion(), form)) {
                if (item.getKey().equals(other.getParentKey())) {
                    em.remove(other);
                } else if (item.getKey().equals(other.getMirrorsKey())) {
                    other.forgetMirror();
                }
            }
        }
        em.remove(item);
    }

    /** Moves an item one place up (-1) or down (+1) within its form. */
    @RolesAllowed("coordinator")
    public void move(long itemId, int direction) {
        FrameworkItem item = draftItem(itemId);
        List<FrameworkItem> list = new ArrayList<>(items(item.getVersion(), item.getForm()));
        int index = list.indexOf(item);
        int target = index + Integer.signum(direction);
        if (target < 0 || target >= list.size()) {
            return;
        }
        FrameworkItem neighbour = list.get(target);
        int order = item.getSortOrder();
        item.placeAt(neighbour.getSortOrder());
        neighbour.placeAt(order);
    }

    /** A new statement at the end of an axis of a form in the draft. */
    @RolesAllowed("coordinator")
    public FrameworkItem addStatement(int axisNumber, Form form, String wording) {
        FrameworkVersion draft = draft().orElseThrow(NotFoundException::new);
        if (axes(draft).stream().noneMatch(a -> a.getNumber() == axisNumber)) {
            throw new NotFoundException();
        }
        List<FrameworkItem> existing = items(draft, form);
        String prefix = switch (form) {
            case SELF_SCAN -> "S";
            case STUDENT_TEACHER -> "T";
            case SCHOOL_TEACHER_EDUCATOR -> "O";
        };
        int next = 1;
        for (FrameworkItem item : existing) {
            String digits = item.getKey().substring(1).replaceAll("\\D.*", "");
            if (item.getKey().startsWith(prefix) && !digits.isEmpty()) {
                next = Math.max(next, Integer.parseInt(digits) + 1);
            }
        }
        int lastOnAxis = existing.stream().filter(i -> i.getAxisNumber() <= axisNumber)
                .mapToInt(FrameworkItem::getSortOrder).max().orElse(0);
        for (FrameworkItem item : existing) {
            if (item.getSortOrder() > lastOnAxis) {
                item.placeAt(item.getSortOrder() + 1);
            }
        }
        FrameworkItem added = new FrameworkItem(draft, axisNumber, form, String.format("%s%02d", prefix, next),
                lastOnAxis + 1, wording);
        em.persist(added);
        return added;
    }

    /** The draft becomes the version in force. Every axis keeps at least one self-scan statement. */
    @RolesAllowed("coordinator")
    public FrameworkVersion publish() {
        FrameworkVersion draft = draft().orElseThrow(NotFoundException::new);
        List<FrameworkItem> statements = items(draft, Form.SELF_SCAN);
        for (FrameworkAxis axis : axes(draft)) {
            if (statements.stream().noneMatch(i -> i.getAxisNumber() == axis.getNumber() && i.isScaled())) {
                throw new BusinessException("framework.axisEmpty", axis.getLabel());
            }
        }
        draft.publish(now());
        return draft;
    }

    /** Throws the draft away; the version in force stays as it is. */
    @RolesAllowed("coordinator")
    public void discardDraft() {
        FrameworkVersion draft = draft().orElseThrow(NotFoundException::new);
        em.createQuery("DELETE FROM FrameworkItem i WHERE i.version = :v").setParameter("v", draft).executeUpdate();
        em.createQuery("DELETE FROM FrameworkAxis a WHERE a.version = :v").setParameter("v", draft).executeUpdate();
        em.remove(draft);
    }

    private FrameworkItem draftItem(long itemId) {
        FrameworkItem item = em.find(FrameworkItem.class, itemId);
        if (item == null || item.getVersion().isPublished()) {
            throw new NotFoundException();
        }
        return item;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
