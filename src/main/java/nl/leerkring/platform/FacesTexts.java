package nl.leerkring.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import org.omnifaces.util.Messages;

/**
 * Lets OmniFaces' {@code Messages.addGlobalError(key, arguments)} take its text from our bundle in the
 * locale of the current view. Registered in faces-config.xml for PostConstructApplicationEvent.
 */
public class FacesTexts implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        Messages.setResolver((key, params) ->
                Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, params));
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }
}
