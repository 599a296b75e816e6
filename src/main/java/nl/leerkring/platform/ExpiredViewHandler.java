package nl.leerkring.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * A form whose view is gone (the session expired, or the person logged in again) sends the
 * browser to the friendly "expired" page, for a normal post and an ajax one alike. Left to the
 * container's error page mapping the page would show, but with HTTP status 500; a redirect also
 * keeps the reload button from posting the dead form again.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    private static final String EXPIRED_PAGE = "/errors/expired.xhtml";

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (!expired(events.next().getContext().getException())) {
                continue;
            }
            events.remove();
            if (!context.getResponseComplete()) {
                try {
                    context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + EXPIRED_PAGE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                context.responseComplete();
            }
        }
        getWrapped().handle();
    }

    private static boolean expired(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }
}
