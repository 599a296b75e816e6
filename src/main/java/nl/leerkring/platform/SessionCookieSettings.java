package nl.leerkring.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is marked secure when the site runs behind HTTPS (production); on a
 * laptop over plain HTTP it cannot be. The rest of the session settings are in web.xml, and
 * {@code SameSite=Lax} in glassfish-web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue("leerkring.session.cookie-secure", Boolean.class)
                .orElse(false);
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
    }
}
