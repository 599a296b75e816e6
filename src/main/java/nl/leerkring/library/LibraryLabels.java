package nl.leerkring.library;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerkring.cohort.Phase;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.instrument.FrameworkService;

/** How the library pages name competence areas (the framework in force) and phases; read once per request. */
@Named
@RequestScoped
public class LibraryLabels {

    @Inject
    private FrameworkService framework;

    private List<FrameworkAxis> axes;
    private Map<Integer, String> byNumber;

    public List<FrameworkAxis> getAxes() {
        if (axes == null) {
            axes = framework.currentAxes();
            byNumber = new HashMap<>();
            axes.forEach(a -> byNumber.put(a.getNumber(), a.getLabel()));
        }
        return axes;
    }

    public String area(int number) {
        getAxes();
        return byNumber.getOrDefault(number, String.valueOf(number));
    }

    public String areas(java.util.Collection<Integer> numbers) {
        return numbers.stream().map(this::area).collect(Collectors.joining(", "));
    }

    public List<Integer> getPhases() {
        return java.util.Arrays.stream(Phase.values()).map(Phase::number).toList();
    }

    public String phases(java.util.Collection<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public ItemType[] getTypes() {
        return ItemType.values();
    }

    public AgendaPart[] getAgendaParts() {
        return AgendaPart.values();
    }
}
