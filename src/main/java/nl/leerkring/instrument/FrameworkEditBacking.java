package nl.leerkring.instrument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * instrument/edit.xhtml: the coordinator adapts the framework in a draft version (wording,
 * adding, removing, reordering) and publishes it. The version in force is shown read-only.
 */
@Named
@RequestScoped
public class FrameworkEditBacking {

    @Inject
    private FrameworkService framework;
    @Inject
    @Param(name = "form")
    private Form form;

    private FrameworkVersion current;
    private Optional<FrameworkVersion> draft;
    private List<AxisItems> groups;
    private final Map<Long, String> wording = new HashMap<>();
    private final Map<Integer, String> newStatement = new HashMap<>();

    public void load() {
        if (current != null) {
            return;
        }
        if (form == null) {
            form = Form.SELF_SCAN;
        }
        current = framework.current();
        draft = framework.draft();
        FrameworkVersion shown = draft.orElse(current);
        List<FrameworkItem> items = framework.items(shown, form);
        groups = AxisItems.group(framework.axes(shown), items);
        items.forEach(i -> wording.putIfAbsent(i.getId(), i.getWording()));
    }

    private void reload() {
        current = null;
        wording.clear();
        newStatement.clear();
        load();
    }

    public void startDraft() {
        FrameworkVersion started = framework.startDraft();
        Messages.addGlobalInfo("framework.edit.draftStarted", started.getNumber());
        reload();
    }

    public void saveWording(long itemId) {
        load();
        framework.reword(itemId, wording.get(itemId));
        Messages.addGlobalInfo("framework.edit.saved");
        reload();
    }

    public void remove(long itemId) {
        framework.remove(itemId);
        Messages.addGlobalInfo("framework.edit.removed");
        reload();
    }

    public void move(long itemId, int direction) {
        framework.move(itemId, direction);
        reload();
    }

    public void add(int axisNumber) {
        load();
        framework.addStatement(axisNumber, form, newStatement.get(axisNumber));
        Messages.addGlobalInfo("framework.edit.added");
        reload();
    }

    public void publish() {
        FrameworkVersion published = framework.publish();
        Messages.addGlobalInfo("framework.edit.published", published.getNumber());
        reload();
    }

    public void discard() {
        framework.discardDraft();
        Messages.addGlobalInfo("framework.edit.discarded");
        reload();
    }

    public FrameworkVersion getCurrent() {
        load();
        return current;
    }

    public FrameworkVersion getDraft() {
        load();
        return draft.orElse(null);
    }

    public boolean isEditing() {
        load();
        return draft.isPresent();
    }

    public List<AxisItems> getGroups() {
        load();
        return groups;
    }

    public Map<Long, String> getWording() {
        load();
        return wording;
    }

    public Map<Integer, String> getNewStatement() {
        return newStatement;
    }

    public Form getForm() {
        load();
        return form;
    }

    public Form[] getForms() {
        return Form.values();
    }
}
