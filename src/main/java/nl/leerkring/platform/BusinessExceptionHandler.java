package nl.leerkring.platform;

import java.util.Iterator;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The exceptions a person can meet in the normal course of things, each answered calmly:
 * <ul>
 * <li>a {@link BusinessException} thrown by an action becomes a translated message on the same
 * page (its transaction has already rolled back), a {@link NotFoundException} a 404;</li>
 * <li>a form whose view is gone (the session expired, or the person logged in again) sends the
 * browser to the friendly "expired" page, for a normal post and an ajax one alike. Left to the
 * container's error page mapping the page would show with HTTP status 500; a redirect also keeps
 * the reload button from posting the dead form again.</li>
 * </ul>
 * Everything else goes on to the next handler and ends on the error page, never as a stack
 * trace in front of a person.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    private static final String EXPIRED_PAGE = "/errors/expired.xhtml";

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            BusinessException business = causeOf(thrown, BusinessException.class);
            boolean expired = causeOf(thrown, ViewExpiredException.class) != null;
            if (business == null && !expired) {
                continue;
            }
            events.remove();
            if (context.getResponseComplete()) {
                continue;
            }
            if (expired) {
                Faces.redirect(Faces.getRequestContextPath() + EXPIRED_PAGE);
                context.responseComplete();
            } else if (business instanceof NotFoundException) {
                Faces.responseSendError(404, null);
                context.responseComplete();
            } else {
                Messages.addGlobalError(business.getMessageKey(), business.getArguments());
                context.validationFailed();
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
