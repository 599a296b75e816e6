package nl.leerkring.testsupport;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import nl.leerkring.testsupport.server.TestSupportResource;

/**
 * The one place that builds test deployments: the WAR the build just packaged, plus the
 * test-only REST endpoints of {@code testsupport.server}. Never hand-listed classes.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive leerkring() {
        File war = new File(System.getProperty("leerkring.war", "target/leerkring.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackage(TestSupportResource.class.getPackage());
    }
}
