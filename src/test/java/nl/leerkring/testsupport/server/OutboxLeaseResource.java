package nl.leerkring.testsupport.server;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.leerkring.mail.Outbox;
import nl.leerkring.mail.OutboxMail;

/** Plays a sender that claims a batch and then dies or renews, and moves the application's clock. */
@Path("outbox-lease")
@Stateless
@Produces(MediaType.TEXT_PLAIN)
public class OutboxLeaseResource {

    @Inject
    private Outbox outbox;
    @Inject
    private Clock clock;

    /** Claims due mails as a sender would, and sends none of them; answers the claim's token. */
    @POST
    @Path("claim")
    public String claimAndStall(@FormParam("limit") int limit) {
        List<OutboxMail> claimed = outbox.claim(limit);
        return claimed.isEmpty() ? "" : claimed.get(0).getClaimToken() + " " + claimed.size();
    }

    /** Renews a claim as a live sender does halfway its lease; answers how many mails it still holds. */
    @POST
    @Path("renew")
    public String renew(@FormParam("token") String token, @FormParam("seconds") long seconds) {
        return String.valueOf(outbox.renew(token, LocalDateTime.now(clock).plusSeconds(seconds)));
    }

    @POST
    @Path("clock/move")
    public String moveClock(@FormParam("seconds") long seconds) {
        TestClock.moveBy(Duration.ofSeconds(seconds));
        return "moved";
    }

    @POST
    @Path("clock/reset")
    public String resetClock() {
        TestClock.reset();
        return "reset";
    }
}
