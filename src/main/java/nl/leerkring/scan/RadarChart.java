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

    private static final int MAX_LINE = 12;

    private RadarChart() {
    }

    /** Long axis names on several short lines, so they fit around the radar on a phone. */
    static JsonArrayBuilder wrap(String label) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > MAX_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        return lines.add(line.toString());
    }

    public static String json(List<String> axisLabels, int scalePoints, List<Layer> layers) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        axisLabels.forEach(label -> labels.add(wrap(label)));
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
                .add("pointLabels", Json.createObjectBuilder().add("font", Json.createObjectBuilder().add("size", 10)));
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
