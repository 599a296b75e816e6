package nl.leerkring.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/**
 * Faces 4 on CDI. Form login is {@link FormLoginMechanism}; which pages need which role is in
 * {@link PageAccess} and web.xml.
 */
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {
}
