package be.vierdepijler.web.observability;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Request ids: an incoming {@code X-Request-Id} is kept when it is well-formed (1 to {@value #MAX_LENGTH} letters,
 * digits, dots, dashes or underscores: nothing that could break a log line, a header or a JSON string), else replaced
 * by a new random UUID. The id of the request being served is in the logging MDC under {@value #MDC_KEY}.
 */
public final class RequestIds {

    /** The header a caller (or a proxy in front) may send, and that every answer carries. */
    public static final String HEADER = "X-Request-Id";
    /** The MDC key: {@code %X{requestId}} in the log pattern, {@code mdc.requestId} in JSON lines. */
    public static final String MDC_KEY = "requestId";
    static final int MAX_LENGTH = 64;

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

    private RequestIds() {
    }

    /** The incoming id when it is well-formed, else a new one. */
    public static String accept(String incoming) {
        return isWellFormed(incoming) ? incoming : UUID.randomUUID().toString();
    }

    static boolean isWellFormed(String id) {
        return id != null && WELL_FORMED.matcher(id).matches();
    }

    /** The id of the request this thread serves, or {@code null} outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
