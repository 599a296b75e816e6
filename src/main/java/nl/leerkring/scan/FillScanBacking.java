package nl.leerkring.scan;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.instrument.AxisItems;
import nl.leerkring.instrument.FrameworkItem;
import nl.leerkring.instrument.FrameworkService;
import nl.leerkring.platform.NotFoundException;

/**
 * scan/fill.xhtml: one statement per row with its seven choices, grouped per area. Each choice
 * is saved at once (so closing the browser loses nothing); submitting needs every statement.
 */
@Named
@RequestScoped
public class FillScanBacking {

    @Inject
    private ScanService scans;
    @Inject
    private FrameworkService framework;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "id")
    private Long id;

    private SelfScan scan;
    private List<AxisItems> groups;
    private final Map<Long, Integer> answers = new HashMap<>();
    private int total;

    public void load() {
        if (scan != null) {
            return;
        }
        if (id == null) {
            throw new NotFoundException();
        }
        scan = scans.getOwn(id, me());
        List<FrameworkItem> statements = scans.statements(scan);
        groups = AxisItems.group(framework.axes(scan.getVersion()), statements);
        total = statements.size();
        Map<String, Integer> byKey = scans.answers(scan);
        statements.forEach(i -> answers.put(i.getId(), byKey.get(i.getKey())));
    }

    /** Saves one answer right after it was chosen (ajax). */
    public void save(long itemId) {
        load();
        Integer value = answers.get(itemId);
        if (value != null) {
            scans.answer(id, itemId, value, me());
        }
    }

    /** Saves every chosen answer as one whole (the button for browsers without JavaScript). */
    public void saveAll() {
        load();
        scans.answerAll(id, chosen(), me());
        Messages.addGlobalInfo("scan.fill.saved");
    }

    public void submit() throws IOException {
        load();
        scans.submit(id, chosen(), me());
        Messages.addFlashGlobalInfo("scan.submitted");
        Faces.redirect("scan/result.xhtml?id=%s", String.valueOf(id));
    }

    private Map<Long, Integer> chosen() {
        Map<Long, Integer> chosen = new HashMap<>();
        answers.forEach((itemId, value) -> {
            if (value != null) {
                chosen.put(itemId, value);
            }
        });
        return chosen;
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public SelfScan getScan() {
        load();
        return scan;
    }

    public List<AxisItems> getGroups() {
        load();
        return groups;
    }

    public Map<Long, Integer> getAnswers() {
        load();
        return answers;
    }

    public long getAnswered() {
        load();
        return answers.values().stream().filter(v -> v != null).count();
    }

    public int getTotal() {
        load();
        return total;
    }

    /** The choices 1 to 7, the ends carrying their label so a screen reader names them too. */
    public List<SelectItem> getScale() {
        load();
        return AxisItems.scale(scan.getVersion());
    }

    public Long getId() {
        return id;
    }
}
