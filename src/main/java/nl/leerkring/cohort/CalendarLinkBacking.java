package nl.leerkring.cohort;

import java.time.LocalDateTime;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;

/**
 * account/calendar.xhtml: the signed-in person's own calendar feed link. Only its hash is stored, so
 * a new link is shown once, right after it was made; renewing stops the old one, revoking stops it.
 */
@Named
@RequestScoped
public class CalendarLinkBacking {

    @Inject
    private CalendarFeedService feeds;
    @Inject
    private CurrentPerson currentPerson;

    private LocalDateTime madeAt;
    private String newLink;

    @PostConstruct
    void load() {
        madeAt = feeds.linkMadeAt(personId()).orElse(null);
    }

    public void renew() {
        newLink = feeds.renew(personId());
        load();
        Messages.addGlobalInfo("account.calendar.made");
    }

    public void revoke() {
        feeds.revoke(personId());
        newLink = null;
        load();
        Messages.addGlobalInfo("account.calendar.revoked");
    }

    private long personId() {
        return currentPerson.id().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    public boolean isActive() {
        return madeAt != null;
    }

    public LocalDateTime getMadeAt() {
        return madeAt;
    }

    public String getNewLink() {
        return newLink;
    }
}
