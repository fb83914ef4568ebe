package be.vierdepijler.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that answers without a signed-in caller (signing in itself; later the public verification
 * of a certificate and the contact person's confirmation link). Everything else under {@code /api/v1} needs a caller.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicEndpoint {
}
