package nl.leerkring.platform;

import java.io.IOException;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * The posts of one session are handled one after another. A phone on a bad network may send the
 * same form many times at once; Faces restores each post's view from the same saved state, and
 * requests that run through the lifecycle of one view side by side could see each other's submitted
 * values. One at a time, each post is applied as a whole (the services' row locks keep posts of
 * different sessions and instances apart). GETs, resources and other sessions are not held up.
 * The lock lives in the session; it is created when the session is, so two first posts cannot
 * make two of them.
 */
public class OneFormPostAtATime extends HttpFilter implements HttpSessionListener {

    private static final long serialVersionUID = 1L;
    private static final String LOCK = OneFormPostAtATime.class.getName();
    /** Longer than any page takes; a post that waits this long goes ahead rather than fail. */
    private static final long MAX_WAIT_SECONDS = 30;

    /** Kept in the session: serialisable, with a lock of its own on every instance that holds the session. */
    static final class SessionLock implements Serializable {
        private static final long serialVersionUID = 1L;
        private transient ReentrantLock lock;

        synchronized ReentrantLock lock() {
            if (lock == null) {
                lock = new ReentrantLock(true);
            }
            return lock;
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setAttribute(LOCK, new SessionLock());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object held = session == null || !"POST".equals(request.getMethod()) ? null : session.getAttribute(LOCK);
        if (!(held instanceof SessionLock sessionLock)) {
            chain.doFilter(request, response);
            return;
        }
        ReentrantLock lock = sessionLock.lock();
        boolean locked = false;
        try {
            locked = lock.tryLock(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
            chain.doFilter(request, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException(e);
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }
}
