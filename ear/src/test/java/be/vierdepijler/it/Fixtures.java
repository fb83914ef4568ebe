package be.vierdepijler.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test-only REST fixtures an integration test needs in the web module of the EAR it runs against (see
 * {@link DefaultDeployment}); a test without it runs against the EAR as Maven built it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Fixtures {

    Class<?>[] value();
}
