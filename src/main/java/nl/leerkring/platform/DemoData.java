package nl.leerkring.platform;

import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.account.AccountService;
import nl.leerkring.account.Role;

/**
 * On a laptop (leerkring.demo-data=true) an empty database gets demo people, and every start
 * prints where the app runs and how to log in. Never switched on in production.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String PASSWORD = "leerkring-demo";

    private record DemoPerson(String email, String name, Role role) {
    }

    private static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("coordinator@demo.leerkring.nl", "Carla de Vries", Role.COORDINATOR),
            new DemoPerson("facilitator@demo.leerkring.nl", "Frank Jansen", Role.FACILITATOR),
            new DemoPerson("wpb1@demo.leerkring.nl", "Pieter de Boer", Role.PARTICIPANT),
            new DemoPerson("wpb2@demo.leerkring.nl", "Sanne Visser", Role.PARTICIPANT));

    @Inject
    private AccountService accounts;
    @Inject
    @ConfigProperty(name = "leerkring.demo-data", defaultValue = "false")
    private boolean enabled;
    @Inject
    @ConfigProperty(name = "leerkring.base-url")
    private String baseUrl;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        if (accounts.countPeople() == 0) {
            for (DemoPerson person : PEOPLE) {
                accounts.createActivated(person.email(), person.name(), EnumSet.of(person.role()), "nl", PASSWORD);
            }
            LOG.info("Demo data created");
        }
        StringBuilder banner = new StringBuilder("\n\n  Leerkring runs at ").append(baseUrl).append("\n  Demo logins (password '")
                .append(PASSWORD).append("'):\n");
        PEOPLE.forEach(p -> banner.append("    ").append(String.format("%-12s", p.role().roleName()))
                .append(p.email()).append('\n'));
        LOG.info(banner.toString());
    }
}
