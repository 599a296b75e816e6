package nl.leerkring.testsupport;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import nl.leerkring.testsupport.arquillian.SharedPayaraMicroContainer;

/**
 * The application on the shared server of the build, as an IT class meets it: its address, its
 * test-support endpoints, and clients and browsers signed in on it. See {@link OnServer}.
 */
public final class Server {

    private static final Server SHARED = new Server();

    private Server() {
    }

    /** The application's address, ending in a slash. */
    public URI base() {
        return SharedPayaraMicroContainer.base();
    }

    /** The test-only endpoints ({@code testsupport.server}). */
    public TestSupport support() {
        return new TestSupport(base());
    }

    /** A client without a session. */
    public FacesClient client() {
        return new FacesClient(base());
    }

    /** A client signed in as this person, who has the tests' password ({@link TestSupport#person}). */
    public FacesClient logIn(String email) {
        return FacesClient.loggedIn(base(), email, TestSupport.PASSWORD);
    }

    /** A phone-sized Chromium on the application. */
    public Browser phone() throws IOException {
        return Browser.phone(base().toString());
    }

    /**
     * Fills the {@link Server} and {@link TestSupport} fields of the test instance before each test:
     * after Arquillian has deployed (its callbacks run first, being declared first on {@link OnServer}),
     * so also for a class with one instance for all its tests.
     */
    static final class Extension implements BeforeEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) throws IllegalAccessException {
            for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
                for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
                            continue;
                        }
                        if (field.getType() == Server.class) {
                            field.setAccessible(true);
                            field.set(instance, SHARED);
                        } else if (field.getType() == TestSupport.class) {
                            field.setAccessible(true);
                            field.set(instance, SHARED.support());
                        }
                    }
                }
            }
        }
    }
}
