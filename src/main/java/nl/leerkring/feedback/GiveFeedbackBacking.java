package nl.leerkring.feedback;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.instrument.AxisItems;
import nl.leerkring.instrument.FrameworkItem;
import nl.leerkring.instrument.FrameworkService;
import nl.leerkring.platform.ClientAddress;
import nl.leerkring.platform.Texts;

/**
 * feedback/give.xhtml: the rater's one form, opened by the personal link. A wrong, used or
 * expired link gets the same friendly page, with no hint whether it ever existed. The thank-you
 * view ({@code ?done=true}) carries no link, so it looks nothing up and counts no wrong link.
 * Showing the form changes nothing; the page's script reports it as opened ({@link #opened}).
 */
@Named
@RequestScoped
public class GiveFeedbackBacking {

    @Inject
    private RaterService raters;
    @Inject
    private FrameworkService framework;
    @Inject
    private ClientAddress clientAddress;
    @Inject
    @Param(name = "token")
    private String token;
    @Inject
    @Param(name = "done")
    private String done;

    private boolean loaded;
    private FeedbackRequest request;
    private List<AxisItems> areas;
    private final Map<Long, Integer> scale = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (isDone()) {
            return;
        }
        Optional<FeedbackRequest> found = raters.open(token, clientAddress.of(Faces.getRequest()));
        if (found.isEmpty()) {
            return;
        }
        request = found.get();
        areas = AxisItems.group(framework.axes(request.getVersion()), raters.items(request));
        raters.answers(request).forEach((itemId, given) -> {
            scale.put(itemId, given.scale());
            texts.put(itemId, given.text());
        });
    }

    /** Sent by the page once a browser has rendered the form: only then does the request count as opened. */
    public void opened() {
        raters.markOpened(token);
    }

    public void save() {
        load();
        raters.save(token, given(), false);
        Messages.addGlobalInfo("feedback.give.saved");
    }

    public void submit() throws IOException {
        load();
        raters.save(token, given(), true);
        Faces.redirect("feedback/give.xhtml?done=true");
    }

    private Map<Long, RaterService.Given> given() {
        Map<Long, RaterService.Given> given = new HashMap<>();
        for (AxisItems area : areas) {
            for (FrameworkItem item : area.items()) {
                Integer value = scale.get(item.getId());
                String text = texts.get(item.getId());
                if (value != null || (text != null && !text.isBlank())) {
                    given.put(item.getId(), new RaterService.Given(value, text));
                }
            }
        }
        return given;
    }

    public boolean isDone() {
        return "true".equals(done);
    }

    public boolean isValid() {
        load();
        return request != null;
    }

    public FeedbackRequest getRequest() {
        load();
        return request;
    }

    public List<AxisItems> getAreas() {
        load();
        return areas;
    }

    public Map<Long, Integer> getScale() {
        load();
        return scale;
    }

    public Map<Long, String> getTexts() {
        load();
        return texts;
    }

    public String getRoleText() {
        load();
        return Texts.get(Faces.getLocale(), "enum.RaterRole." + request.getRaterRole().name());
    }

    /** 1 to 7 with labelled ends, and "kan ik niet beoordelen" (0). */
    public List<SelectItem> getChoices() {
        load();
        List<SelectItem> items = new ArrayList<>(AxisItems.scale(request.getVersion()));
        items.add(new SelectItem(0, Texts.get(Faces.getLocale(), "feedback.give.cannotJudge")));
        return items;
    }

    public String getToken() {
        return token;
    }

    /** Statements with a scale in one area (open questions are not counted). */
    public long scaledIn(AxisItems area) {
        return area.items().stream().filter(FrameworkItem::isScaled).count();
    }

    /** Statements of the area with an answer saved earlier ("kan ik niet beoordelen" counts). */
    public long answeredIn(AxisItems area) {
        load();
        return area.items().stream().filter(item -> item.isScaled() && scale.get(item.getId()) != null).count();
    }

    public long getTotal() {
        return getAreas().stream().mapToLong(this::scaledIn).sum();
    }

    public long getAnswered() {
        return getAreas().stream().mapToLong(this::answeredIn).sum();
    }

    /**
     * The area that is open when the form is shown: the first one with a statement left to answer.
     * The others are folded under their name and count, so the long form reads as a few areas.
     */
    public boolean opensFirst(AxisItems area) {
        return getAreas().stream().filter(a -> answeredIn(a) < scaledIn(a)).findFirst()
                .map(first -> first.axis().getNumber() == area.axis().getNumber())
                .orElse(false);
    }
}
