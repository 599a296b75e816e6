package nl.leerkring.testsupport.arquillian;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.DeploymentConfiguration;
import org.jboss.arquillian.container.test.spi.client.deployment.AutomaticDeployment;
import org.jboss.arquillian.test.spi.TestClass;

import nl.leerkring.testsupport.Deployments;

/**
 * The deployment of every IT class that declares none: the WAR of the build with the test-support
 * endpoints ({@link Deployments#leerkring()}), tested from outside (as a client). So an IT class needs
 * no {@code @Deployment} method; {@code @OnServer} is all it says.
 */
public class LeerkringDeployment implements AutomaticDeployment {

    @Override
    public DeploymentConfiguration generateDeploymentScenario(TestClass testClass) {
        if (testClass.getMethods(Deployment.class).length > 0) {
            return null;
        }
        return new DeploymentConfiguration.DeploymentContentBuilder(Deployments.leerkring())
                .withDeployment().withTestable(false).build()
                .get();
    }
}
