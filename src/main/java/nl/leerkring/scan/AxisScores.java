package nl.leerkring.scan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.leerkring.instrument.FrameworkItem;

/**
 * Means per radar axis. Only scaled items of the given form count; an axis without answers
 * has no mean (not zero).
 */
public final class AxisScores {

    private AxisScores() {
    }

    /** The mean answer per axis number, for the items of one version and their answers by item key. */
    public static Map<Integer, Double> means(Collection<FrameworkItem> items, Map<String, Integer> answers) {
        Map<Integer, double[]> sums = new TreeMap<>();
        for (FrameworkItem item : items) {
            Integer answer = answers.get(item.getKey());
            if (item.isScaled() && answer != null) {
                double[] sum = sums.computeIfAbsent(item.getAxisNumber(), n -> new double[2]);
                sum[0] += answer;
                sum[1]++;
            }
        }
        Map<Integer, Double> means = new TreeMap<>();
        sums.forEach((axis, sum) -> means.put(axis, sum[0] / sum[1]));
        return means;
    }

    /** The axes with the lowest mean (more than one when they tie): where a learning question could go. */
    public static List<Integer> lowest(Map<Integer, Double> means) {
        double min = means.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        List<Integer> lowest = new ArrayList<>();
        means.forEach((axis, mean) -> {
            if (Math.abs(mean - min) < 1e-9) {
                lowest.add(axis);
            }
        });
        return lowest;
    }

    /** The mean of means per axis over several people: the group's picture. */
    public static Map<Integer, Double> groupMeans(Collection<Map<Integer, Double>> perPerson) {
        Map<Integer, double[]> sums = new TreeMap<>();
        for (Map<Integer, Double> person : perPerson) {
            person.forEach((axis, mean) -> {
                double[] sum = sums.computeIfAbsent(axis, n -> new double[2]);
                sum[0] += mean;
                sum[1]++;
            });
        }
        Map<Integer, Double> means = new TreeMap<>();
        sums.forEach((axis, sum) -> means.put(axis, sum[0] / sum[1]));
        return means;
    }
}
