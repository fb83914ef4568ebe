package be.vierdepijler.web.security;

import be.vierdepijler.web.api.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Enforces {@link BodyLimit}: a declared length above the limit is refused at once; a body without a declared length
 * (chunked) is read through a counter that stops at the limit, so that no more than the limit is ever held.
 */
@Provider
@BodyLimit(0)
public class BodyLimitFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        BodyLimit limit = resource.getResourceMethod().getAnnotation(BodyLimit.class);
        if (limit == null) {
            limit = resource.getResourceClass().getAnnotation(BodyLimit.class);
        }
        if (limit == null) {
            return;
        }
        int max = limit.value();
        if (context.getLength() > max) {
            context.abortWith(tooLarge(max));
            return;
        }
        context.setEntityStream(new Bounded(context.getEntityStream(), max));
    }

    private static Response tooLarge(int max) {
        return Problem.of("payload-too-large", "Aanvraag te groot", Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "Deze aanvraag mag hoogstens " + max + " bytes bevatten.").toResponse();
    }

    /** Counts what is read and stops past the limit. */
    private static final class Bounded extends FilterInputStream {

        private final int max;
        private long read;

        Bounded(InputStream in, int max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new WebApplicationException(tooLarge(max));
            }
        }
    }
}
