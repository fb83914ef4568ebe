package be.vierdepijler.web.api.input;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.web.api.problem.InvalidInputMapper;
import be.vierdepijler.web.api.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Every request body passes here before JAX-RS binds it (after sign-in, so that a stranger learns nothing): a charset
 * Java does not know is 415, whatever the body; a JSON body (or one without a type, for a method that takes JSON)
 * over {@link #MAX_BYTES} is 413, one that does not decode in its charset 400, and the rest must meet
 * {@link JsonBodyScan}'s limits. The same bytes are then handed on, so binding (JSON-B, or a method reading the text)
 * behaves as before for every body that passes.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyGuard implements ContainerRequestFilter {

    /** Far above any JSON body of this API (a file to import is no JSON and has its own limit). */
    public static final int MAX_BYTES = 1024 * 1024;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        if (!context.hasEntity()) {
            return;
        }
        MediaType type = context.getMediaType();
        String charsetName = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        Charset charset = charsetName == null ? StandardCharsets.UTF_8 : known(charsetName);
        if (charset == null) {
            context.abortWith(Problem.of("unsupported-charset", "Tekenset niet ondersteund",
                    Response.Status.UNSUPPORTED_MEDIA_TYPE, "De tekenset '" + printable(charsetName) + "' is onbekend;"
                            + " stuur de gegevens in UTF-8 (Content-Type: application/json; charset=utf-8).")
                    .toResponse());
            return;
        }
        if (!isJson(type) && !(isUntyped(type) && takesJson())) {
            return;
        }
        if (context.getLength() > MAX_BYTES) {
            context.abortWith(tooLarge());
            return;
        }
        byte[] body = readAtMost(context.getEntityStream(), MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            context.abortWith(tooLarge());
            return;
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            context.abortWith(new InvalidInputMapper().toResponse(new InvalidInputException("body", "bad-encoding",
                    "De gegevens zijn geen geldige " + charset.name() + "; stuur JSON in UTF-8.")));
            return;
        }
        List<FieldViolation> violations = JsonBodyScan.violations(text);
        if (!violations.isEmpty()) {
            context.abortWith(new InvalidInputMapper().toResponse(new InvalidInputException(violations)));
            return;
        }
        context.setEntityStream(new ByteArrayInputStream(body));
    }

    static Charset known(String name) {
        try {
            return Charset.isSupported(name.strip()) ? Charset.forName(name.strip()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    private static boolean isUntyped(MediaType type) {
        return type == null || type.isWildcardType() || MediaType.TEXT_PLAIN_TYPE.isCompatible(type);
    }

    /** Whether the method (or its class) declares that it consumes JSON. */
    private boolean takesJson() {
        if (resource == null || resource.getResourceMethod() == null) {
            return false;
        }
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes != null && Arrays.stream(consumes.value()).flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).anyMatch(v -> v.toLowerCase(java.util.Locale.ROOT).startsWith("application/json"));
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        return in.readNBytes(max);
    }

    private static Response tooLarge() {
        return Problem.of("payload-too-large", "Aanvraag te groot", Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "Deze aanvraag mag hoogstens " + MAX_BYTES + " bytes bevatten.").toResponse();
    }

    private static String printable(String name) {
        return name.replaceAll("[^A-Za-z0-9._:-]", "?").substring(0, Math.min(name.length(), 40));
    }
}
