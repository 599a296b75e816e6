package nl.leerkring.learning;

import java.util.Objects;

/**
 * Who may read a reflection and who may respond to it. Pure rules, so every branch is tested
 * without a container; the service feeds them the facts it looked up.
 */
public final class ReflectionAccess {

    /** The facts of a reflection that decide who reads it. {@code authorGroupId} is null outside a group. */
    public record Subject(long authorId, Long authorGroupId, ReflectionVisibility visibility, boolean submitted) {

        public Subject {
            Objects.requireNonNull(visibility);
        }
    }

    /**
     * The person who wants to read, as seen from the reflection's cohort: its facilitator or
     * co-facilitator, a member (in a group or not), or neither.
     */
    public record Reader(long personId, boolean facilitator, boolean member, Long groupId) {

        public static Reader facilitator(long personId) {
            return new Reader(personId, true, false, null);
        }

        public static Reader member(long personId, Long groupId) {
            return new Reader(personId, false, true, groupId);
        }

        public static Reader outsider(long personId) {
            return new Reader(personId, false, false, null);
        }
    }

    private ReflectionAccess() {
    }

    /**
     * The author always; a draft nobody else; then as the author chose: private is nobody else,
     * facilitator is the cohort's facilitators, group is the facilitators and the members of the
     * author's group (the whole cohort when the author is in no group).
     */
    public static boolean mayRead(Subject reflection, Reader reader) {
        if (reader.personId() == reflection.authorId()) {
            return true;
        }
        if (!reflection.submitted()) {
            return false;
        }
        return switch (reflection.visibility()) {
            case PRIVATE -> false;
            case FACILITATOR -> reader.facilitator();
            case GROUP -> reader.facilitator() || (reader.member() && sameGroup(reflection, reader));
        };
    }

    /** Responses only on a submitted group-shared reflection, by someone who may read it. */
    public static boolean mayRespond(Subject reflection, Reader reader) {
        return reflection.submitted() && reflection.visibility() == ReflectionVisibility.GROUP
                && mayRead(reflection, reader);
    }

    private static boolean sameGroup(Subject reflection, Reader reader) {
        return reflection.authorGroupId() == null || reflection.authorGroupId().equals(reader.groupId());
    }
}
