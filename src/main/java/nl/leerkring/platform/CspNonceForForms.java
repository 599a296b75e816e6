package nl.leerkring.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;

/**
 * Lets a form posted without JavaScript render again under PrimeFaces' CSP mode. On a postback
 * PrimeFaces reuses the nonce kept in the view and insists that the form sends it back in
 * {@code primefaces.nonce}; its script adds that field, but a browser without JavaScript (or our
 * HTTP tests) does not, and PrimeFaces then fails with "CSP nonce mismatch" (HTTP 500). When the
 * field is missing while rendering, this supplies the view's own nonce, or a fresh one when the
 * view has none (an error page rendered for a post). Both come from the server, never from the
 * request, so nothing a client sends ends up in the policy.
 */
public class CspNonceForForms extends ExternalContextWrapper {

    static final String NONCE_PARAMETER = "primefaces.nonce";

    public CspNonceForForms(ExternalContext wrapped) {
        super(wrapped);
    }

    @Override
    public Map<String, String> getRequestParameterMap() {
        Map<String, String> parameters = super.getRequestParameterMap();
        FacesContext context = FacesContext.getCurrentInstance();
        if (parameters.containsKey(NONCE_PARAMETER) || context == null
                || context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE || context.getViewRoot() == null) {
            return parameters;
        }
        Map<String, String> completed = new HashMap<>(parameters);
        completed.put(NONCE_PARAMETER, nonceOf(context.getViewRoot()));
        return completed;
    }

    private static String nonceOf(UIViewRoot view) {
        Map<String, Object> viewMap = view.getViewMap(false);
        Object kept = viewMap == null ? null : viewMap.get(NONCE_PARAMETER);
        return kept != null ? kept.toString()
                : Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExternalContextFactory {

        public Factory(ExternalContextFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExternalContext getExternalContext(Object context, Object request, Object response) {
            return new CspNonceForForms(getWrapped().getExternalContext(context, request, response));
        }
    }
}
