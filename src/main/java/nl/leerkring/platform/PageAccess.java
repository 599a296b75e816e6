package nl.leerkring.platform;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


/**
 * Who may open which page. A page that is not listed here answers 404 to everybody: deny by
 * default. A feature that adds a page adds its line here.
 */
public final class PageAccess {

    /**
     * Request attribute with the caller's roles as the database has them now (a {@code Set<Role>}),
     * set for a signed-in caller before {@link AccessFilter} runs; the roles the session logged in
     * with may be out of date.
     */
    public static final String CURRENT_ROLES = "leerkring.currentRoles";

    /** Who may open a page. */
    public record Audience(boolean anonymousAllowed, Set<Role> roles) {

        static Audience everyone() {
            return new Audience(true, EnumSet.allOf(Role.class));
        }

        static Audience signedIn() {
            return new Audience(false, EnumSet.allOf(Role.class));
        }

        static Audience only(Role first, Role... rest) {
            return new Audience(false, EnumSet.of(first, rest));
        }

        public boolean admits(Set<Role> callerRoles) {
            return anonymousAllowed || callerRoles.stream().anyMatch(roles::contains);
        }
    }

    private static final Map<String, Audience> PAGES = Map.ofEntries(
            Map.entry("/login.xhtml", Audience.everyone()),
            Map.entry("/account/password.xhtml", Audience.everyone()),
            Map.entry("/account/forgot.xhtml", Audience.everyone()),
            Map.entry("/dashboard.xhtml", Audience.signedIn()),
            Map.entry("/account/calendar.xhtml", Audience.signedIn()),
            Map.entry("/account/my-data.xhtml", Audience.signedIn()),
            Map.entry("/privacy/requests.xhtml", Audience.only(Role.COORDINATOR)),
            Map.entry("/account/people.xhtml", Audience.only(Role.COORDINATOR)),
            Map.entry("/account/privacy.xhtml", Audience.everyone()),
            Map.entry("/insights/overview.xhtml", Audience.only(Role.COORDINATOR)),
            Map.entry("/mail/log.xhtml", Audience.only(Role.COORDINATOR)),
            Map.entry("/cohort/list.xhtml", Audience.only(Role.FACILITATOR, Role.COORDINATOR)),
            Map.entry("/cohort/view.xhtml", Audience.only(Role.FACILITATOR, Role.COORDINATOR)),
            Map.entry("/cohort/new.xhtml", Audience.only(Role.FACILITATOR)),
            Map.entry("/cohort/schedule.xhtml", Audience.only(Role.FACILITATOR)),
            Map.entry("/cohort/meeting.xhtml", Audience.only(Role.FACILITATOR)),
            Map.entry("/cohort/mine.xhtml", Audience.only(Role.PARTICIPANT)),
            Map.entry("/instrument/edit.xhtml", Audience.only(Role.COORDINATOR)),
            Map.entry("/feedback/give.xhtml", Audience.everyone()),
            Map.entry("/feedback/mine.xhtml", Audience.only(Role.PARTICIPANT)),
            Map.entry("/feedback/result.xhtml", Audience.only(Role.PARTICIPANT, Role.FACILITATOR)),
            Map.entry("/scan/mine.xhtml", Audience.only(Role.PARTICIPANT)),
            Map.entry("/scan/fill.xhtml", Audience.only(Role.PARTICIPANT)),
            Map.entry("/scan/result.xhtml", Audience.only(Role.PARTICIPANT, Role.FACILITATOR)),
            Map.entry("/learning/question.xhtml", Audience.only(Role.PARTICIPANT)),
            Map.entry("/learning/plans.xhtml", Audience.only(Role.PARTICIPANT)),
            Map.entry("/learning/questions.xhtml", Audience.only(Role.FACILITATOR)),
            Map.entry("/learning/duos.xhtml", Audience.only(Role.FACILITATOR)),
            Map.entry("/learning/reflect.xhtml", Audience.only(Role.PARTICIPANT)),
            Map.entry("/learning/reflections.xhtml", Audience.only(Role.PARTICIPANT, Role.FACILITATOR)),
            Map.entry("/learning/reflection.xhtml", Audience.only(Role.PARTICIPANT, Role.FACILITATOR)),
            Map.entry("/learning/conversation.xhtml", Audience.only(Role.PARTICIPANT)),
            Map.entry("/learning/session.xhtml", Audience.only(Role.FACILITATOR)),
            Map.entry("/learning/summary.xhtml", Audience.only(Role.FACILITATOR)),
            Map.entry("/learning/take-part.xhtml", Audience.only(Role.PARTICIPANT)),
            Map.entry("/library/checklist.xhtml", Audience.signedIn()),
            Map.entry("/library/cards.xhtml", Audience.signedIn()),
            Map.entry("/library/seed.xhtml", Audience.signedIn()),
            Map.entry("/library/index.xhtml", Audience.signedIn()),
            Map.entry("/library/item.xhtml", Audience.signedIn()),
            Map.entry("/library/edit.xhtml", Audience.signedIn()),
            Map.entry("/rhythm/settings.xhtml", Audience.only(Role.FACILITATOR)),
            Map.entry("/rhythm/log.xhtml", Audience.only(Role.FACILITATOR)));

    private PageAccess() {
    }

    /** The audience of a page by its servlet path, empty when the page is not known. */
    public static Optional<Audience> audienceOf(String servletPath) {
        if (servletPath.startsWith("/errors/")) {
            return Optional.of(Audience.everyone());
        }
        return Optional.ofNullable(PAGES.get(servletPath));
    }
}
