package nl.leerkring.scan;

import java.util.List;
import java.util.Map;

import nl.leerkring.instrument.FrameworkAxis;

/** A submitted (or draft) scan with its means per axis and the lowest axes. */
public record ScanResult(SelfScan scan, List<FrameworkAxis> axes, Map<Integer, Double> means, List<Integer> lowest) {

    public Double mean(int axisNumber) {
        return means.get(axisNumber);
    }
}
