package nl.leerkring.privacy;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;

/**
 * privacy/requests.xhtml: the coordinator's side of the participants' rights. Pending erasure requests
 * and cohorts due for retention, each confirmed in two steps (choose, then confirm for good); and the
 * retention period per partnership.
 */
@Named
@ViewScoped
public class PrivacyRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ErasureService erasure;
    @Inject
    private RetentionService retention;
    @Inject
    private CurrentPerson currentPerson;

    private List<ErasureService.Pending> erasures;
    private List<RetentionService.DueCohort> due;
    private List<RetentionService.PartnershipRetention> partnerships;
    private final Map<String, Integer> months = new LinkedHashMap<>();
    private Long erasureToConfirm;
    private Long dueToConfirm;

    @PostConstruct
    void load() {
        long coordinator = coordinatorId();
        erasures = erasure.pending(coordinator);
        due = retention.due(coordinator);
        partnerships = retention.partnerships(coordinator);
        months.clear();
        partnerships.forEach(p -> months.put(p.partnership(), p.months()));
    }

    public void chooseErasure(long requestId) {
        erasureToConfirm = requestId;
        dueToConfirm = null;
    }

    public void confirmErasure() {
        if (erasureToConfirm != null) {
            erasure.confirm(erasureToConfirm, coordinatorId());
            erasureToConfirm = null;
            Messages.addGlobalInfo("privacy.requests.erased");
        }
        load();
    }

    public void chooseDue(long dueId) {
        dueToConfirm = dueId;
        erasureToConfirm = null;
    }

    public void confirmDue() {
        if (dueToConfirm != null) {
            int anonymised = retention.confirm(dueToConfirm, coordinatorId());
            dueToConfirm = null;
            Messages.addGlobalInfo("privacy.requests.retentionDone", anonymised);
        }
        load();
    }

    public void cancel() {
        erasureToConfirm = null;
        dueToConfirm = null;
    }

    public void saveMonths(String partnership) {
        Integer value = months.get(partnership);
        if (value == null) {
            Messages.addGlobalError("privacy.retention.monthsOutOfRange", RetentionSetting.MIN_MONTHS,
                    RetentionSetting.MAX_MONTHS);
            return;
        }
        retention.setMonths(partnership, value, coordinatorId());
        Messages.addGlobalInfo("privacy.retention.saved", partnership);
        load();
    }

    private long coordinatorId() {
        return currentPerson.id().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    public List<ErasureService.Pending> getErasures() {
        return erasures;
    }

    public List<RetentionService.DueCohort> getDue() {
        return due;
    }

    public List<RetentionService.PartnershipRetention> getPartnerships() {
        return partnerships;
    }

    public Map<String, Integer> getMonths() {
        return months;
    }

    public Long getErasureToConfirm() {
        return erasureToConfirm;
    }

    public Long getDueToConfirm() {
        return dueToConfirm;
    }

    public int getMinMonths() {
        return RetentionSetting.MIN_MONTHS;
    }

    public int getMaxMonths() {
        return RetentionSetting.MAX_MONTHS;
    }
}
