package be.vierdepijler.core.mail.domain;

import java.util.regex.Pattern;

/**
 * The short reason kept with a mail whose attempt failed ({@code last_error}): the kind of error and its first line,
 * every e-mail address in it masked, at most {@value #MAX_LENGTH} characters. Never a stack trace, so that it can be
 * shown to administrators and does not grow the table.
 */
public final class MailErrors {

    public static final int MAX_LENGTH = 500;

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    private MailErrors() {
    }

    /** The failure and its deepest cause (which usually says what went wrong: "Connection refused"). */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = line(failure);
        if (root != failure) {
            text += " — " + line(root);
        }
        return truncate(mask(text));
    }

    /** Every e-mail address in {@code text} replaced by {@code <adres>}. */
    public static String mask(String text) {
        return ADDRESS.matcher(text).replaceAll("<adres>");
    }

    private static String line(Throwable t) {
        String message = t.getMessage();
        String name = t.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return name;
        }
        String first = message.strip().lines().findFirst().orElse("").strip();
        return name + ": " + first;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
