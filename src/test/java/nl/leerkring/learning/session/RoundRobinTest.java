package nl.leerkring.learning.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoundRobinTest {

    @Test
    void everybodysFirstIdeaThenEverybodysSecond() {
        // "a1" is the first idea of author a, and so on, in the order they were entered.
        List<String> entered = List.of("a1", "a2", "a3", "b1", "c1", "b2");

        assertEquals(List.of("a1", "b1", "c1", "a2", "b2", "a3"), RoundRobin.order(entered, s -> s.charAt(0)));
        assertEquals(List.of(), RoundRobin.order(List.<String>of(), s -> s.charAt(0)));
    }
}
