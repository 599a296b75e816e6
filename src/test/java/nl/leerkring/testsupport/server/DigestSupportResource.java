package nl.leerkring.testsupport.server;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.leerkring.account.AccountService;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.learning.Reflection;
import nl.leerkring.learning.ReflectionService;
import nl.leerkring.learning.ReflectionVisibility;
import nl.leerkring.notice.DigestRound;

/** Lets the digest IT run rounds of the digest and arrange groups, reflections and responses past the pages. */
@Path("digest")
@Stateless
@Produces(MediaType.TEXT_PLAIN)
public class DigestSupportResource {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private DigestRound round;
    @Inject
    private AccountService accounts;
    @Inject
    private CohortService cohorts;
    @Inject
    private ReflectionService reflections;

    /** One round of the digest; answers how many mails it queued. */
    @POST
    @Path("round")
    public String round() {
        return String.valueOf(round.run());
    }

    /** A new group in the cohort with these participants (comma-separated e-mail addresses) in it. */
    @POST
    @Path("group")
    public String group(@FormParam("cohort") long cohortId, @FormParam("facilitator") String facilitator,
            @FormParam("name") String name, @FormParam("emails") String emails) {
        long actor = id(facilitator);
        nl.leerkring.cohort.CohortGroup created = cohorts.addGroup(cohortId, name, actor);
        em.flush();
        long group = created.getId();
        for (String email : emails.split(",")) {
            cohorts.placeInGroup(cohortId, id(email), group, actor);
        }
        return String.valueOf(group);
    }

    /** Submits a reflection with the given visibility; answers its id. */
    @POST
    @Path("reflect")
    public String reflect(@FormParam("meeting") long meetingId, @FormParam("email") String email,
            @FormParam("visibility") ReflectionVisibility visibility) {
        List<String> answers = Reflection.QUESTIONS.stream().map(q -> "Antwoord").toList();
        return String.valueOf(reflections.submit(meetingId, answers, visibility, id(email)).getId());
    }

    @POST
    @Path("respond")
    public String respond(@FormParam("reflection") long reflectionId, @FormParam("email") String email,
            @FormParam("text") String text) {
        reflections.respond(reflectionId, text, id(email));
        return "responded";
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }
}
