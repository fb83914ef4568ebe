package be.vierdepijler.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds server internals in an answer's body: a stack trace, an exception's class, the names of the container and its
 * libraries (WildFly, Undertow, RESTEasy, Hibernate, JBoss), Java package names and SQL the server wrote. The markers
 * are chosen so that an answer that only echoes one of {@link HostileValues} back (a stored name
 * {@code "' OR '1'='1"}) is not a leak: SQL is recognised by the lower-case statements and the table aliases
 * Hibernate writes and by PostgreSQL's messages, never by the words an attacker types in capitals.
 */
public final class LeakDetector {

    private record Marker(String name, Pattern pattern) {
    }

    private static final List<Marker> MARKERS = List.of(
            new Marker("stack frame", Pattern.compile("\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$]+)+\\([\\w$]*\\.java:\\d+\\)")),
            new Marker("stack frame", Pattern.compile("\\bat (java|jdk|sun|org|io|jakarta|com)\\.[a-z]")),
            new Marker("Caused by", Pattern.compile("Caused by: ")),
            new Marker("Exception", Pattern.compile("Exception")),
            new Marker("java package", Pattern.compile("\\b(java|javax|jakarta|sun|jdk)\\.[a-z]+\\.")),
            new Marker("org. package", Pattern.compile("\\borg\\.[a-z]")),
            new Marker("WildFly", Pattern.compile("(?i)wildfly")),
            new Marker("Undertow", Pattern.compile("(?i)undertow")),
            new Marker("RESTEasy", Pattern.compile("(?i)resteasy")),
            new Marker("Hibernate", Pattern.compile("(?i)hibernate|\\bHHH\\d{5,}")),
            new Marker("JBoss", Pattern.compile("(?i)jboss|\\bWFLY[A-Z]*\\d{4,}|\\bUT\\d{6}|\\bRESTEASY\\d{4,}")),
            new Marker("SQL state", Pattern.compile("(?i)\\bsql ?state\\b|\\bPSQL|\\bjdbc\\b|could not execute (statement|query)"
                    + "|syntax error at or near|violates (foreign key|unique|check|not-null) constraint"
                    + "|duplicate key value|\\bERROR: [a-z]")),
            new Marker("SQL text", Pattern.compile("\\bselect (distinct )?[a-z][a-z0-9_]*\\.[a-z_]+[^\\n]{0,400}\\bfrom [a-z_]+"
                    + "|\\binsert into [a-z_]+ ?\\(|\\bupdate [a-z_]+ set [a-z_]+ ?=|\\bdelete from [a-z_]+ (where|[a-z]\\d)"
                    + "|\\b[a-z]{1,3}\\d+_\\d+\\.[a-z_]+\\b")));

    private LeakDetector() {
    }

    /** The markers found in the body ("Exception: …NullPointerException…"), empty when none. */
    public static List<String> find(String body) {
        List<String> found = new ArrayList<>();
        if (body == null || body.isEmpty()) {
            return found;
        }
        for (Marker marker : MARKERS) {
            Matcher m = marker.pattern().matcher(body);
            if (m.find()) {
                int from = Math.max(0, m.start() - 40);
                int to = Math.min(body.length(), m.end() + 60);
                found.add(marker.name() + ": …" + body.substring(from, to).replace('\n', ' ') + "…");
            }
        }
        return found;
    }

    /** Whether an answer of this content type is text to scan (a PDF, PNG or spreadsheet is not). */
    public static boolean scannable(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return !(type.startsWith("image/") || type.contains("pdf") || type.contains("spreadsheet")
                || type.contains("octet-stream") || type.contains("zip"));
    }
}
