package be.vierdepijler.web.api.trajectorytype;

import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.web.api.input.JsonBodyScan;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a request body of placement attributes into the plain values the SPI's validator expects (String,
 * BigDecimal, Boolean, List, Map, null). Parsed here rather than bound, so numbers keep their exact value and a body
 * that is no JSON object is a field-level 400. The body meets {@link JsonBodyScan}'s limits first (depth, numbers,
 * text, dates), as every request body does in {@code JsonBodyGuard}, also when this is called with text from elsewhere.
 */
public final class AttributesReader {

    private AttributesReader() {
    }

    public static Map<String, Object> read(String body) {
        if (body == null || body.isBlank()) {
            throw notAnObject();
        }
        JsonBodyScan.check(body);
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new InvalidInputException("body", "not-json",
                    "De aanvraag is geen geldige JSON; stuur een object met de velden van de plaatsing.");
        }
        if (!(value instanceof JsonObject object)) {
            throw notAnObject();
        }
        return toMap(object);
    }

    private static InvalidInputException notAnObject() {
        return new InvalidInputException("body", "not-an-object",
                "Stuur de velden van de plaatsing als JSON-object, bv. {\"role\": \"onthaal\"}.");
    }

    private static Map<String, Object> toMap(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((name, value) -> map.put(name, toJava(value)));
        return map;
    }

    private static Object toJava(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> toList((JsonArray) value);
            case OBJECT -> toMap((JsonObject) value);
        };
    }

    private static List<Object> toList(JsonArray array) {
        List<Object> list = new ArrayList<>();
        array.forEach(item -> list.add(toJava(item)));
        return list;
    }
}
