package be.vierdepijler.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that a signed-in user may call while they must still replace a password an administrator
 * set (an initial or reset password): seeing who is signed in, signing out, and changing the password itself. Every
 * other call answers 403 {@code password-change-required} until then (see {@link RequestGuard}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BeforePasswordChange {
}
