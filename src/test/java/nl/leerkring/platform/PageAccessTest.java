package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;


class PageAccessTest {

    private static boolean admits(String path, Set<Role> roles) {
        return PageAccess.audienceOf(path).map(a -> a.admits(roles)).orElse(false);
    }

    @Test
    void anUnknownPageIsOpenToNobody() {
        assertFalse(admits("/secret.xhtml", EnumSet.allOf(Role.class)));
        assertFalse(admits("/account/people.xhtml.bak", EnumSet.allOf(Role.class)));
    }

    @Test
    void publicPagesAreOpenWithoutLogin() {
        assertTrue(admits("/login.xhtml", Set.of()));
        assertTrue(admits("/account/password.xhtml", Set.of()));
        assertTrue(admits("/errors/404.xhtml", Set.of()));
    }

    @Test
    void theDashboardNeedsSomeRole() {
        assertFalse(admits("/dashboard.xhtml", Set.of()));
        assertTrue(admits("/dashboard.xhtml", Set.of(Role.PARTICIPANT)));
        assertFalse(admits("/account/calendar.xhtml", Set.of()), "the own calendar link: signed in only");
        assertTrue(admits("/account/calendar.xhtml", Set.of(Role.FACILITATOR)));
    }

    @Test
    void coordinatorPagesAreForCoordinatorsOnly() {
        assertTrue(admits("/account/people.xhtml", Set.of(Role.COORDINATOR)));
        assertFalse(admits("/account/people.xhtml", Set.of(Role.FACILITATOR, Role.PARTICIPANT)));
        assertFalse(admits("/mail/log.xhtml", Set.of(Role.FACILITATOR)));
        assertFalse(admits("/mail/log.xhtml", Set.of()));
    }
}
