package nl.leerkring.learning;

import static nl.leerkring.learning.ReflectionVisibility.FACILITATOR;
import static nl.leerkring.learning.ReflectionVisibility.GROUP;
import static nl.leerkring.learning.ReflectionVisibility.PRIVATE;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.leerkring.learning.ReflectionAccess.Reader;
import nl.leerkring.learning.ReflectionAccess.Subject;

/** Who reads and who answers a reflection: every branch of the rules. */
class ReflectionAccessTest {

    private static final long AUTHOR = 1;
    private static final long PEER = 2;
    private static final long FACILITATOR_ID = 3;
    private static final long OUTSIDER = 4;
    private static final Long GROUP_A = 10L;
    private static final Long GROUP_B = 11L;

    private static Subject submitted(ReflectionVisibility visibility) {
        return new Subject(AUTHOR, null, visibility, true);
    }

    @ParameterizedTest
    @EnumSource(ReflectionVisibility.class)
    void theAuthorAlwaysReadsDraftOrSubmitted(ReflectionVisibility visibility) {
        Reader author = Reader.member(AUTHOR, null);
        assertTrue(ReflectionAccess.mayRead(new Subject(AUTHOR, null, visibility, false), author));
        assertTrue(ReflectionAccess.mayRead(submitted(visibility), author));
    }

    @ParameterizedTest
    @EnumSource(ReflectionVisibility.class)
    void aDraftIsOnlyTheAuthorsWhateverTheChoice(ReflectionVisibility visibility) {
        Subject draft = new Subject(AUTHOR, null, visibility, false);
        assertFalse(ReflectionAccess.mayRead(draft, Reader.facilitator(FACILITATOR_ID)));
        assertFalse(ReflectionAccess.mayRead(draft, Reader.member(PEER, null)));
        assertFalse(ReflectionAccess.mayRespond(draft, Reader.member(PEER, null)));
        assertFalse(ReflectionAccess.mayRespond(draft, Reader.member(AUTHOR, null)));
    }

    @Test
    void privateIsNobodyElseNotTheFacilitatorNotAPeerNotAnOutsider() {
        Subject reflection = submitted(PRIVATE);
        assertFalse(ReflectionAccess.mayRead(reflection, Reader.facilitator(FACILITATOR_ID)));
        assertFalse(ReflectionAccess.mayRead(reflection, Reader.member(PEER, null)), "not the duo partner either");
        assertFalse(ReflectionAccess.mayRead(reflection, Reader.outsider(OUTSIDER)), "not the coordinator either");
    }

    @Test
    void sharedWithTheFacilitatorIsTheFacilitatorsOnly() {
        Subject reflection = submitted(FACILITATOR);
        assertTrue(ReflectionAccess.mayRead(reflection, Reader.facilitator(FACILITATOR_ID)));
        assertFalse(ReflectionAccess.mayRead(reflection, Reader.member(PEER, null)));
        assertFalse(ReflectionAccess.mayRead(reflection, Reader.outsider(OUTSIDER)));
    }

    @Test
    void sharedWithTheGroupIsTheWholeCohortWhenTheAuthorIsInNoGroup() {
        Subject reflection = submitted(GROUP);
        assertTrue(ReflectionAccess.mayRead(reflection, Reader.facilitator(FACILITATOR_ID)));
        assertTrue(ReflectionAccess.mayRead(reflection, Reader.member(PEER, null)));
        assertTrue(ReflectionAccess.mayRead(reflection, Reader.member(PEER, GROUP_B)));
        assertFalse(ReflectionAccess.mayRead(reflection, Reader.outsider(OUTSIDER)));
    }

    @Test
    void sharedWithTheGroupIsTheAuthorsGroupWhenTheAuthorIsInOne() {
        Subject reflection = new Subject(AUTHOR, GROUP_A, GROUP, true);
        assertTrue(ReflectionAccess.mayRead(reflection, Reader.member(PEER, GROUP_A)));
        assertFalse(ReflectionAccess.mayRead(reflection, Reader.member(PEER, GROUP_B)), "another group");
        assertFalse(ReflectionAccess.mayRead(reflection, Reader.member(PEER, null)), "no group");
        assertTrue(ReflectionAccess.mayRead(reflection, Reader.facilitator(FACILITATOR_ID)));
        assertFalse(ReflectionAccess.mayRead(reflection, Reader.outsider(OUTSIDER)));
    }

    @Test
    void responsesOnlyOnASubmittedGroupReflectionBySomeoneWhoReadsIt() {
        Subject group = new Subject(AUTHOR, GROUP_A, GROUP, true);
        assertTrue(ReflectionAccess.mayRespond(group, Reader.member(PEER, GROUP_A)));
        assertTrue(ReflectionAccess.mayRespond(group, Reader.facilitator(FACILITATOR_ID)));
        assertTrue(ReflectionAccess.mayRespond(group, Reader.member(AUTHOR, GROUP_A)), "the author answers in the thread");
        assertFalse(ReflectionAccess.mayRespond(group, Reader.member(PEER, GROUP_B)), "cannot read it");
        assertFalse(ReflectionAccess.mayRespond(group, Reader.outsider(OUTSIDER)));
        assertFalse(ReflectionAccess.mayRespond(submitted(FACILITATOR), Reader.facilitator(FACILITATOR_ID)),
                "shared with the facilitator: read, no thread");
        assertFalse(ReflectionAccess.mayRespond(submitted(PRIVATE), Reader.member(AUTHOR, null)));
    }
}
