package nl.leerkring.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test against the one Payara Micro of the build, with the WAR of the build and the
 * test-support endpoints deployed (by {@code testsupport.arquillian}: no {@code @Deployment} method).
 * Fields of type {@link Server} and {@link TestSupport} are filled in before each test, as JUnit's
 * {@code @TempDir} fields are:
 *
 * <pre>
 * &#64;OnServer
 * class CohortIT {
 *     private Server server;
 *     private TestSupport support;
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Server.Extension.class)
public @interface OnServer {
}
