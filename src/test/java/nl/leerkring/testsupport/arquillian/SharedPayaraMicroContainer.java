package nl.leerkring.testsupport.arquillian;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
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
        } else if (!deployed.getName().equals(archive.getName())) {
            throw new DeploymentException("Every IT deploys Deployments.leerkring(); got " + archive.getName()
                    + " after " + deployed.getName());
        }
        return metaData;
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
            delegate.stop();
        }
    }
}
