package be.vierdepijler.oidc;

import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Keeps Jakarta Security out of this module. Its implementation (Soteria) registers its bridge for every web module of
 * a deployment in which it found an {@code HttpAuthenticationMechanism}, and that one is the main module's: here it
 * would stand in front of elytron-oidc-client and find no mechanism to call. Its registration happens when the module
 * starts (a servlet container initializer), before this listener, which takes it out again for this module only.
 */
@WebListener
public class NoJakartaSecurityHere implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AuthConfigFactory factory = AuthConfigFactory.getFactory();
        if (factory != null) {
            factory.removeServerAuthModule(event.getServletContext());
        }
    }
}
