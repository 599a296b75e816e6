package nl.leerkring.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class RadarChartTest {

    @Test
    void theConfigurationHasALayerPerScanOnTheScaleWithGapsForMissingAxes() {
        String json = RadarChart.json(List.of("Agogische bekwaamheden (begeleider)", "Ontwikkelingsbekwaam"), 7, List.of(
                new RadarChart.Layer("Start", Map.of(1, 4.333333, 2, 6.0)),
                new RadarChart.Layer("Einde", Map.of(1, 5.0))));
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertEquals("radar", chart.getString("type"));
        assertEquals(List.of("begeleider"),
                chart.getJsonObject("data").getJsonArray("labels").getJsonArray(0).getValuesAs(jakarta.json.JsonString::getString));
        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(2, datasets.size());
        assertEquals(4.33, datasets.getJsonObject(0).getJsonArray("data").getJsonNumber(0).doubleValue());
        assertTrue(datasets.getJsonObject(1).getJsonArray("data").isNull(1), "no answer, no point");
        assertEquals(7, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("r").getInt("max"));
    }

    @Test
    void axisNamesAroundTheRadarAreShortLinesAndTheTableKeepsTheFullNames() {
        assertEquals(List.of("leraar van", "leraren"),
                RadarChart.chartLabel("Opleidingsdidactische bekwaamheden (leraar van leraren)"));
        assertEquals(List.of("Ontwikkelings-", "bekwaam"), RadarChart.chartLabel("Ontwikkelingsbekwaam"));
        assertEquals(List.of("Reflective", "practice"), RadarChart.chartLabel("Reflective practice"));
        assertEquals(List.of("Naam ()"), RadarChart.chartLabel("Naam ()"), "empty brackets are kept as they are");
        for (String line : RadarChart.chartLabel("Organisatorischebekwaamhedenzonderspaties")) {
            assertTrue(line.length() <= 14, line);
        }
    }
}
