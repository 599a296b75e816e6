package nl.leerkring.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Text;

/** A part of a large cohort that works on its own shared learning question. */
@Entity
@Table(name = "cohort_group")
@NamedQuery(name = CohortGroup.LIST_FOR_COHORT,
        query = "SELECT g FROM CohortGroup g WHERE g.cohort.id = :cohort ORDER BY g.name")
public class CohortGroup {

    public static final String LIST_FOR_COHORT = "CohortGroup.listForCohort";
    public static final int NAME_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    protected CohortGroup() {
    }

    CohortGroup(Cohort cohort, String name) {
        String checked = Text.singleLine(name, NAME_MAX, "field.groupName");
        if (checked == null) {
            throw new BusinessException("cohort.groupNameInvalid", NAME_MAX);
        }
        this.cohort = cohort;
        this.name = checked;
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public String getName() {
        return name;
    }
}
