package nl.leerkring.platform;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist, or the person asking may not know that it does.
 * Both answer 404: access checks never reveal existence.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
