package nl.leerkring.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Puts the instance's name in every log line when Payara Micro writes JSON (its
 * {@code JSONLogFormatter}, switched on with {@code --logproperties}; README "Operations"): that
 * formatter turns a {@link Map} among a record's parameters into fields of the line, so each record
 * gets {@code {"Instance": name}} as its last parameter. With the plain ODL lines nothing changes.
 */
@Startup
@Singleton
public class InstanceLogField {

    static final String FIELD = "Instance";
    private static final String JSON_FORMATTER = "JSONLogFormatter";

    @Inject
    private InstanceName instance;

    private final List<Handler> changed = new ArrayList<>();

    @PostConstruct
    void install() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler.getFormatter() != null && handler.getFormatter().getClass().getName().endsWith(JSON_FORMATTER)) {
                handler.setFilter(new Field(instance.get(), handler.getFilter()));
                changed.add(handler);
            }
        }
        if (!changed.isEmpty()) {
            Logger.getLogger(InstanceLogField.class.getName()).info(() -> "JSON log lines carry \"" + FIELD + "\": "
                    + instance.get());
        }
    }

    @PreDestroy
    void uninstall() {
        for (Handler handler : changed) {
            if (handler.getFilter() instanceof Field field) {
                handler.setFilter(field.before);
            }
        }
    }

    /** Adds the instance's field to a record once (several handlers may see the same record), then asks the filter it replaced. */
    static final class Field implements Filter {

        private final Map<String, String> field;
        private final Filter before;

        Field(String instanceName, Filter before) {
            this.field = Map.of(FIELD, instanceName);
            this.before = before;
        }

        @Override
        public boolean isLoggable(LogRecord record) {
            Object[] parameters = record.getParameters();
            if (parameters == null || parameters.length == 0) {
                record.setParameters(new Object[] {field});
            } else if (!(parameters[parameters.length - 1] instanceof Map<?, ?> last && last.containsKey(FIELD))) {
                Object[] more = Arrays.copyOf(parameters, parameters.length + 1);
                more[parameters.length] = field;
                record.setParameters(more);
            }
            return before == null || before.isLoggable(record);
        }
    }
}
