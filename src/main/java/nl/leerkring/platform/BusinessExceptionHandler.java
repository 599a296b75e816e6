package nl.leerkring.platform;

import java.util.Iterator;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Turns a {@link BusinessException} thrown by an action into a translated message on the same
 * page (its transaction has already rolled back), and a {@link NotFoundException} into a 404.
 * Everything else goes on to the next handler and ends on the error page, never as a stack
 * trace in front of a person.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            BusinessException business = businessCause(events.next().getContext().getException());
            if (business == null) {
                continue;
            }
            events.remove();
            if (business instanceof NotFoundException) {
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

    private static BusinessException businessCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return business;
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
