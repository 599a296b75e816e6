package nl.leerkring.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import nl.leerkring.learning.ReflectionAccess;

/** The pure rules of the notices: from when they count, which shared reflections a person gets, which come first. */
public final class NoticeRules {

    /** How far back a person who never said "seen" is shown notices. */
    public static final Duration FIRST_LOOK_BACK = Duration.ofDays(14);

    private NoticeRules() {
    }

    /** The moment after which events are new on the home page. */
    public static LocalDateTime seenSince(LocalDateTime seenUntil, LocalDateTime now) {
        return seenUntil != null ? seenUntil : now.minus(FIRST_LOOK_BACK);
    }

    /** The moment after which events belong in the next digest: not seen on the home page and not in an earlier digest. */
    public static LocalDateTime digestSince(LocalDateTime seenUntil, LocalDateTime digestUntil, LocalDateTime now) {
        LocalDateTime since = seenSince(seenUntil, now);
        return digestUntil != null && digestUntil.isAfter(since) ? digestUntil : since;
    }

    /**
     * Whether a digest may go out now: not at night, only from {@code fromHour} o'clock on the local wall
     * clock (once that day; the key per local date keeps it to one). An hour outside 0..23 counts as 0.
     */
    public static boolean digestHour(Instant now, ZoneId zone, int fromHour) {
        return fromHour < 0 || fromHour > 23 || now.atZone(zone).getHour() >= fromHour;
    }

    /**
     * Whether a reflection shared by someone else is a notice for this member: only when they may read
     * it as a member (so never a private one, a facilitator-only one or a draft), and it is not their own.
     */
    public static boolean isNotice(ReflectionAccess.Subject reflection, long personId, Long personGroupId) {
        return reflection.authorId() != personId
                && ReflectionAccess.mayRead(reflection, ReflectionAccess.Reader.member(personId, personGroupId));
    }

    /** The newest first, at most {@code limit}. */
    public static List<Notice> latest(List<Notice> notices, int limit) {
        return notices.stream().sorted(Comparator.comparing(Notice::at).reversed()
                .thenComparing(n -> n.kind().ordinal())).limit(limit).toList();
    }
}
