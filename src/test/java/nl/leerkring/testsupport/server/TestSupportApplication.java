package nl.leerkring.testsupport.server;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Test-only REST endpoints; added to the WAR by Deployments, never part of the product. */
@ApplicationPath("test-support")
public class TestSupportApplication extends Application {
}
