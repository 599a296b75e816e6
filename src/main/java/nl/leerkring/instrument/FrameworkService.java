package nl.leerkring.instrument;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.platform.BusinessException;

/** Reads the framework: the version in force and the items of a form. */
@Stateless
public class FrameworkService {

    @PersistenceContext
    private EntityManager em;

    /** The newest published version: new scans are taken on it. */
    public FrameworkVersion current() {
        return em.createNamedQuery(FrameworkVersion.LATEST_PUBLISHED, FrameworkVersion.class)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("framework.none"));
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
}
