package nl.leerkring.scan;

import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** The Chart.js configuration of a radar with one layer per scan, for PrimeFaces' p:chart. */
public final class RadarChart {

    /** One layer: its legend and its mean per axis number. */
    public record Layer(String label, Map<Integer, Double> means) {
    }

    private static final String[][] COLOURS = {
        {"rgba(11, 92, 115, 0.25)", "#0b5c73"},
        {"rgba(138, 90, 0, 0.20)", "#8a5a00"},
        {"rgba(106, 27, 154, 0.15)", "#6a1b9a"},
        {"rgba(46, 125, 50, 0.15)", "#2e7d32"},
    };

    private static final int MAX_LINE = 13;
    /** Axis names at Chart.js' own size, which its fit of the labels into the canvas measures with (10 px was too small). */
    private static final int LABEL_FONT_SIZE = 12;

    private RadarChart() {
    }

    /**
     * The name of an axis around the radar: the part in brackets when there is one ("Agogische
     * bekwaamheden (begeleider)" is "begeleider"), on lines of at most 13 characters, a longer word
     * split with a hyphen. The table beside the radar gives the full names; short labels leave the
     * web its room on a phone, where long ones pushed it to a radius of 71 px and out of the canvas.
     */
    static List<String> chartLabel(String axisName) {
        String name = axisName.strip();
        int open = name.lastIndexOf('(');
        if (open > 0 && name.endsWith(")") && name.length() - open > 2) {
            name = name.substring(open + 1, name.length() - 1).strip();
        }
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split("\\s+")) {
            while (word.length() > MAX_LINE) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, MAX_LINE) + "-");
                word = word.substring(MAX_LINE);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > MAX_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    public static String json(List<String> axisLabels, int scalePoints, List<Layer> layers) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        axisLabels.forEach(label -> labels.add(Json.createArrayBuilder(chartLabel(label))));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (int axis = 1; axis <= axisLabels.size(); axis++) {
                Double mean = layer.means().get(axis);
                if (mean == null) {
                    data.addNull();
                } else {
                    data.add(Math.round(mean * 100) / 100.0);
                }
            }
            String[] colour = COLOURS[i % COLOURS.length];
            datasets.add(Json.createObjectBuilder()
                    .add("label", layer.label())
                    .add("data", data)
                    .add("fill", true)
                    .add("backgroundColor", colour[0])
                    .add("borderColor", colour[1])
                    .add("pointBackgroundColor", colour[1])
                    .add("borderWidth", 2));
        }
        JsonObjectBuilder scale = Json.createObjectBuilder()
                .add("min", 1)
                .add("max", scalePoints)
                .add("ticks", Json.createObjectBuilder().add("stepSize", 1))
                .add("pointLabels", Json.createObjectBuilder()
                        .add("padding", 6)
                        .add("color", "#1f2933")
                        .add("font", Json.createObjectBuilder().add("size", LABEL_FONT_SIZE)));
        return Json.createObjectBuilder()
                .add("type", "radar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", true)
                        .add("scales", Json.createObjectBuilder().add("r", scale))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }
}
