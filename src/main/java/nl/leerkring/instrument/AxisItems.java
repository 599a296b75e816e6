package nl.leerkring.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.model.SelectItem;

/** The items of one radar axis, as forms show them: area by area. */
public record AxisItems(FrameworkAxis axis, List<FrameworkItem> items) {

    /** Groups items under their axes, in axis order; an axis without items gets an empty list. */
    public static List<AxisItems> group(List<FrameworkAxis> axes, List<FrameworkItem> items) {
        Map<Integer, List<FrameworkItem>> byAxis = new LinkedHashMap<>();
        items.forEach(i -> byAxis.computeIfAbsent(i.getAxisNumber(), n -> new ArrayList<>()).add(i));
        List<AxisItems> groups = new ArrayList<>();
        for (FrameworkAxis axis : axes) {
            groups.add(new AxisItems(axis, byAxis.getOrDefault(axis.getNumber(), List.of())));
        }
        return groups;
    }

    /** The choices of a version's scale, 1 to n, the two ends carrying their label (also for screen readers). */
    public static List<SelectItem> scale(FrameworkVersion version) {
        int points = version.getScalePoints();
        List<SelectItem> choices = new ArrayList<>();
        for (int point = 1; point <= points; point++) {
            String label = point == 1 ? point + " " + version.getLabelLow()
                    : point == points ? point + " " + version.getLabelHigh() : String.valueOf(point);
            choices.add(new SelectItem(point, label));
        }
        return choices;
    }
}
