package nl.leerkring.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.account.AccountService;
import nl.leerkring.platform.NotFoundException;

/**
 * Collegial feedback conversations of a duo (seed 000). The notes belong to the two partners:
 * anybody else, the facilitator too, is answered as if they did not exist.
 */
@Stateless
public class ConversationService {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private AccountService accounts;

    /** A duo the person is one of the partners of. */
    public Duo getDuoAsPartner(long duoId, long actorId) {
        Duo duo = em.find(Duo.class, duoId);
        if (duo == null || !duo.includes(actorId)) {
            throw new NotFoundException();
        }
        return duo;
    }

    /** The duo's conversations, the latest first. */
    public List<CollegialConversation> list(long duoId, long actorId) {
        getDuoAsPartner(duoId, actorId);
        return em.createNamedQuery(CollegialConversation.LIST_FOR_DUO, CollegialConversation.class)
                .setParameter("duo", duoId).getResultList();
    }

    /** One conversation of the duo, for one of its partners. */
    public CollegialConversation get(long conversationId, long duoId, long actorId) {
        getDuoAsPartner(duoId, actorId);
        CollegialConversation conversation = em.find(CollegialConversation.class, conversationId);
        if (conversation == null || !conversation.getDuo().getId().equals(duoId)) {
            throw new NotFoundException();
        }
        return conversation;
    }

    /** Records a new conversation ({@code conversationId} null) or changes one. */
    public CollegialConversation save(Long conversationId, long duoId, long interviewerId, LocalDate heldOn,
            CollegialConversation.Notes notes, long actorId) {
        CollegialConversation conversation;
        if (conversationId == null) {
            conversation = new CollegialConversation(getDuoAsPartner(duoId, actorId), accounts.getPerson(actorId), now());
            conversation.record(actorId, interviewerId, heldOn, notes, now());
            em.persist(conversation);
        } else {
            conversation = get(conversationId, duoId, actorId);
            conversation.record(actorId, interviewerId, heldOn, notes, now());
        }
        return conversation;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
