package nl.leerkring.insights;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/** The Chart.js configuration of one row of bars in percent (0–100), for PrimeFaces' p:chart. */
final class BarChart {

    private BarChart() {
    }

    /** A bar per label; a null value (too few people) leaves its bar out. */
    static String percent(List<String> labels, String legend, List<Double> values) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(Math.round(v * 10) / 10.0);
            }
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", names)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", legend)
                                .add("data", data)
                                .add("backgroundColor", "#0b5c73"))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", true)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100)))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }
}
