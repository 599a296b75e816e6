package nl.leerkring.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leerkring.learning.ReflectionAccess.Subject;
import nl.leerkring.learning.ReflectionVisibility;

class NoticeRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 12, 0);
    private static final long ME = 1;
    private static final long PEER = 2;

    @Test
    void newIsAfterSeenOrTheLastFortnightForWhoNeverSaidSeen() {
        assertEquals(NOW.minusHours(3), NoticeRules.seenSince(NOW.minusHours(3), NOW));
        assertEquals(NOW.minusDays(14), NoticeRules.seenSince(null, NOW));
    }

    @Test
    void theDigestCoversWhatWasNeitherSeenNorInTheLastDigest() {
        assertEquals(NOW.minusDays(14), NoticeRules.digestSince(null, null, NOW));
        assertEquals(NOW.minusDays(1), NoticeRules.digestSince(null, NOW.minusDays(1), NOW), "the last digest");
        assertEquals(NOW.minusHours(2), NoticeRules.digestSince(NOW.minusHours(2), NOW.minusDays(1), NOW), "seen later");
        assertEquals(NOW.minusHours(1), NoticeRules.digestSince(NOW.minusHours(2), NOW.minusHours(1), NOW), "digest later");
    }

    @Test
    void theDigestWaitsForSevenOnTheLocalClockAlsoInSummerTime() {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        // Winter: 07:00 in Amsterdam is 06:00 UTC.
        assertFalse(NoticeRules.digestHour(Instant.parse("2026-01-15T05:59:00Z"), amsterdam, 7), "06:59 local");
        assertTrue(NoticeRules.digestHour(Instant.parse("2026-01-15T06:00:00Z"), amsterdam, 7), "07:00 local");
        assertFalse(NoticeRules.digestHour(Instant.parse("2026-01-14T23:30:00Z"), amsterdam, 7), "just after midnight");
        assertTrue(NoticeRules.digestHour(Instant.parse("2026-01-15T22:59:00Z"), amsterdam, 7), "late evening");
        // Summer: 07:00 in Amsterdam is 05:00 UTC.
        assertFalse(NoticeRules.digestHour(Instant.parse("2026-07-15T04:59:00Z"), amsterdam, 7));
        assertTrue(NoticeRules.digestHour(Instant.parse("2026-07-15T05:00:00Z"), amsterdam, 7));
        // Another hour, another zone.
        assertFalse(NoticeRules.digestHour(Instant.parse("2026-07-15T12:00:00Z"), ZoneId.of("America/New_York"), 9), "08:00 there");
        assertTrue(NoticeRules.digestHour(Instant.parse("2026-07-15T13:00:00Z"), ZoneId.of("America/New_York"), 9));
        assertTrue(NoticeRules.digestHour(Instant.parse("2026-07-15T00:30:00Z"), ZoneId.of("UTC"), 0), "0: any hour");
    }

    @Test
    void aSharedReflectionIsANoticeOnlyForMembersWhoMayReadItAndNotTheAuthor() {
        assertTrue(NoticeRules.isNotice(new Subject(PEER, 7L, ReflectionVisibility.GROUP, true), ME, 7L));
        assertFalse(NoticeRules.isNotice(new Subject(PEER, 7L, ReflectionVisibility.GROUP, true), ME, 8L), "another group");
        assertFalse(NoticeRules.isNotice(new Subject(PEER, 7L, ReflectionVisibility.GROUP, true), ME, null), "in no group");
        assertTrue(NoticeRules.isNotice(new Subject(PEER, null, ReflectionVisibility.GROUP, true), ME, 8L),
                "an author in no group shares with the whole cohort");
        assertFalse(NoticeRules.isNotice(new Subject(PEER, 7L, ReflectionVisibility.PRIVATE, true), ME, 7L), "private");
        assertFalse(NoticeRules.isNotice(new Subject(PEER, 7L, ReflectionVisibility.FACILITATOR, true), ME, 7L),
                "for the facilitator only");
        assertFalse(NoticeRules.isNotice(new Subject(PEER, 7L, ReflectionVisibility.GROUP, false), ME, 7L), "a draft");
        assertFalse(NoticeRules.isNotice(new Subject(ME, 7L, ReflectionVisibility.GROUP, true), ME, 7L), "my own");
    }

    @Test
    void theNewestComeFirstUpToTheLimit() {
        Notice old = new Notice(Notice.Kind.REPLY, "An", 1, NOW.minusDays(2), "/a");
        Notice newer = new Notice(Notice.Kind.PARTNER_PLAN, "Bo", 1, NOW.minusDays(1), "/b");
        Notice newest = new Notice(Notice.Kind.GROUP_REFLECTION, "Cas", 2, NOW, "/c");
        assertEquals(List.of(newest, newer), NoticeRules.latest(List.of(old, newest, newer), 2));
    }
}
