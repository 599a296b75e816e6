package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.account.Person;
import nl.leerkring.platform.Role;
import nl.leerkring.platform.NotFoundException;

/** Membership as an invitation the person answers (issue 10, §1). */
class CohortMemberTest {

    private static final LocalDateTime ADDED = LocalDateTime.of(2026, 9, 1, 10, 0);

    private final Person facilitator = new Person("fac@school.nl", "Fenna", "nl", Set.of(Role.FACILITATOR), ADDED);
    private final Person pieter = new Person("pieter@school.nl", "Pieter", "nl", Set.of(Role.COORDINATOR), ADDED);
    private final Cohort cohort = new Cohort("Najaar", "Zutphen", LocalDate.of(2026, 9, 7), facilitator, null, null, ADDED);

    @Test
    void anInvitationIsNoMembershipUntilAccepted() {
        CohortMember member = CohortMember.invite(cohort, pieter, ADDED);
        assertFalse(member.isAccepted());
        assertEquals(MemberState.INVITED, member.getState());
        assertNull(member.getAcceptedAt());

        member.accept(ADDED.plusDays(2));
        assertTrue(member.isAccepted());
        assertEquals(ADDED.plusDays(2), member.getAcceptedAt(), "accepted when the person said yes");
        assertEquals(ADDED, member.getAddedAt());
    }

    @Test
    void onlyAnOpenInvitationCanBeAccepted() {
        CohortMember member = CohortMember.accepted(cohort, pieter, ADDED);
        assertTrue(member.isAccepted(), "a new account, or a member carried into a follow-up");
        assertEquals(ADDED, member.getAcceptedAt());
        assertThrows(NotFoundException.class, () -> member.accept(ADDED.plusDays(1)));
    }

    @Test
    void invitingChangesNoRoles() {
        CohortMember.invite(cohort, pieter, ADDED);
        assertEquals(Set.of(Role.COORDINATOR), pieter.getRoles(), "someone else's action leaves the roles alone");
    }
}
