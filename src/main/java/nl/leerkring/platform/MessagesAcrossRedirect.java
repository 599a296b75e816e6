package nl.leerkring.platform;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * The messages of a form post that redirects ("Je idee is toegevoegd.") reach the page the browser is
 * sent to, whichever instance of a cluster answers it. They are kept for the redirect the way Faces'
 * flash would ({@code Messages.addFlashGlobalInfo} asks for it), but in the session, which the cluster
 * copies to every instance: Mojarra's flash lives in the memory of the instance that answered the post,
 * so behind a load balancer without sticky sessions the page after the redirect came without its message.
 * They are taken when the post redirects ({@link Factory}: before the flash takes them itself, at the end
 * of the phase); the first full page the session asks for after that shows them (not an ajax poll of another tab).
 */
public class MessagesAcrossRedirect implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String KEPT = MessagesAcrossRedirect.class.getName();

    /** A message and the component it belongs to (null: the page). */
    record Kept(String clientId, FacesMessage message) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        restore(event.getFacesContext());
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before a phase
    }

    /** Keeps the messages of a request that redirects and asked to keep them ({@code Messages.addFlashGlobalInfo}). */
    public static class Factory extends ExternalContextFactory {

        public Factory(ExternalContextFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExternalContext getExternalContext(Object context, Object request, Object response) {
            return new ExternalContextWrapper(getWrapped().getExternalContext(context, request, response)) {
                @Override
                public void redirect(String url) throws IOException {
                    FacesContext current = FacesContext.getCurrentInstance();
                    if (current != null && getFlash().isKeepMessages()) {
                        keep(current);
                    }
                    super.redirect(url);
                }
            };
        }
    }

    private static void keep(FacesContext context) {
        List<Kept> kept = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext();) {
            String clientId = ids.next();
            for (Iterator<FacesMessage> messages = context.getMessages(clientId); messages.hasNext();) {
                kept.add(new Kept(clientId, messages.next()));
                messages.remove();
            }
        }
        if (!kept.isEmpty()) {
            context.getExternalContext().getSessionMap().put(KEPT, kept);
        }
    }

    private static void restore(FacesContext context) {
        if (context.isPostback() || context.getExternalContext().getSession(false) == null) {
            return;
        }
        Map<String, Object> session = context.getExternalContext().getSessionMap();
        if (session.remove(KEPT) instanceof List<?> kept) {
            for (Object item : kept) {
                if (item instanceof Kept message) {
                    context.addMessage(message.clientId(), message.message());
                }
            }
        }
    }
}
