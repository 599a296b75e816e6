package nl.leerkring.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name of this app instance in logs and health: {@code leerkring.instance.name}, else the system
 * property {@code payaramicro.name} when set, else the host name. Payara Micro's {@code --name} does
 * not reach the app (it sets no system property), so an operator gives the same name to both. Never
 * personal; fixed for the life of the JVM.
 */
@ApplicationScoped
public class InstanceName {

    @Inject
    @ConfigProperty(name = "leerkring.instance.name")
    private Optional<String> configured;

    private String name;

    public String get() {
        if (name == null) {
            name = configured.filter(n -> !n.isBlank())
                    .or(() -> Optional.ofNullable(System.getProperty("payaramicro.name")).filter(n -> !n.isBlank()))
                    .orElseGet(InstanceName::hostName);
        }
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "leerkring";
        }
    }
}
