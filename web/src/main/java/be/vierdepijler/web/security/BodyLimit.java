package be.vierdepijler.web.security;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The request body of this resource method may hold at most {@link #value()} bytes; a longer one is refused with 413
 * before it is read ({@link BodyLimitFilter}). For public endpoints, where anybody can post.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BodyLimit {

    /** The most bytes the body may hold. */
    int value();
}
