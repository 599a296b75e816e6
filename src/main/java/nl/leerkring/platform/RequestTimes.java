package nl.leerkring.platform;

import java.io.IOException;
import java.time.Duration;

import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Times every request into the timer {@code leerkring.request.time} of Payara Micro's
 * {@code /metrics}, by kind: {@code page} (a GET of a page), {@code post} (a form or ajax post) and
 * {@code resource} (stylesheets, scripts, images). Three timers, not one per address, so the
 * metrics stay few and name nobody. The first filter, so the others' time counts too.
 */
public class RequestTimes extends HttpFilter {

    static final String TIMER = "leerkring.request.time";
    private static final long serialVersionUID = 1L;

    @Inject
    private transient MetricRegistry registry;

    private transient Timer pages;
    private transient Timer posts;
    private transient Timer resources;

    @Override
    public void init() {
        pages = timer("page");
        posts = timer("post");
        resources = timer("resource");
    }

    private Timer timer(String kind) {
        return registry.timer(Metadata.builder().withName(TIMER)
                .withDescription("Time to answer a request, from the first filter to the last byte handed over")
                .withUnit(MetricUnits.NANOSECONDS).build(), new Tag("kind", kind));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            kind(request).update(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private Timer kind(HttpServletRequest request) {
        if (request.getRequestURI().contains(ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
            return resources;
        }
        return "POST".equals(request.getMethod()) ? posts : pages;
    }
}
