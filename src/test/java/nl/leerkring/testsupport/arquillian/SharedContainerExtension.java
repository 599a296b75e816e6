package nl.leerkring.testsupport.arquillian;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;

/** Puts {@link SharedPayaraMicroContainer} in the place of Payara's own managed container. */
public class SharedContainerExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class,
                SharedPayaraMicroContainer.class);
    }
}
