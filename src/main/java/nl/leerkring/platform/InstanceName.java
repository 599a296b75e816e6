package nl.leerkring.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name of this app instance in logs, health and metrics: {@code leerkring.instance.name}, else
 * Payara Micro's own instance name when given as the system property {@code payaramicro.name}
 * (the same as {@code --name}), else the host name. Never personal; fixed for the life of the JVM.
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
