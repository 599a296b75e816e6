package nl.leerkring.platform;

import java.io.Serializable;
import java.util.Arrays;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain said no. Carries a resource-bundle key and its arguments; the web layer
 * shows the translated text and the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Serializable[] arguments;

    public BusinessException(String messageKey, Serializable... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
