package nl.leerkring.testsupport.arquillian;

import java.net.URI;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;

/**
 * Payara Micro started once per test run instead of once per IT class. The managed container
 * starts a new JVM for every deployment (~15 s); every IT deploys the same WAR
 * ({@code Deployments.leerkring()}) and keeps its state in the database, so the first deployment
 * is kept and handed to every later class. The server is stopped when Arquillian stops the
 * container at the end of the run.
 */
public class SharedPayaraMicroContainer implements DeployableContainer<PayaraMicroContainerConfiguration> {

    /** Where the deployed application answers, for {@code Server}; null while nothing is deployed. */
    private static volatile URI base;

    private final PayaraMicroDeployableContainer delegate = new PayaraMicroDeployableContainer();
    private Archive<?> deployed;
    private ProtocolMetaData metaData;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return delegate.getConfigurationClass();
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        delegate.setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        delegate.start();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return delegate.getDefaultProtocol();
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (deployed == null) {
            try {
                metaData = delegate.deploy(archive);
            } catch (DeploymentException e) {
                // A start that timed out leaves its server running with the H2 file locked, so every
                // later IT class would meet a server without the application: stop it, and let the
                // next class start afresh.
                try {
                    delegate.undeploy(archive);
                } catch (DeploymentException | RuntimeException ignored) {
                    e.addSuppressed(ignored);
                }
                throw e;
            }
            deployed = archive;
            base = baseOf(metaData);
        } else if (!deployed.getName().equals(archive.getName())) {
            throw new DeploymentException("Every IT deploys Deployments.leerkring(); got " + archive.getName()
                    + " after " + deployed.getName());
        }
        return metaData;
    }

    /** The address of the application on the shared server, as Arquillian's {@code @ArquillianResource URL} would give it. */
    public static URI base() {
        URI known = base;
        if (known == null) {
            throw new IllegalStateException("The shared Payara Micro has no deployment yet: is the test class annotated @OnServer?");
        }
        return known;
    }

    private static URI baseOf(ProtocolMetaData metaData) throws DeploymentException {
        for (HTTPContext context : metaData.getContexts(HTTPContext.class)) {
            if (!context.getServlets().isEmpty()) {
                URI servletBase = context.getServlets().get(0).getBaseURI();
                return servletBase.toString().endsWith("/") ? servletBase : URI.create(servletBase + "/");
            }
        }
        throw new DeploymentException("Payara Micro reported no HTTP context for the deployment: " + metaData);
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // Kept for the next IT class; undeployed once in stop().
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        try {
            if (deployed != null) {
                delegate.undeploy(deployed);
            }
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop the shared Payara Micro", e);
        } finally {
            deployed = null;
            metaData = null;
            base = null;
            delegate.stop();
        }
    }
}
