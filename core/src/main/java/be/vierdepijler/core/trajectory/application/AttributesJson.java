package be.vierdepijler.core.trajectory.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A placement's validated attributes as the JSON text stored with it (dates as ISO strings). */
final class AttributesJson {

    private AttributesJson() {
    }

    static String write(Map<String, Object> attributes) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        attributes.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                list.forEach(item -> add(array, item));
                object.add(name, array);
            } else if (value instanceof Boolean b) {
                object.add(name, b);
            } else if (value instanceof BigDecimal d) {
                object.add(name, d);
            } else if (value instanceof LocalDate date) {
                object.add(name, date.toString());
            } else if (value != null) {
                object.add(name, value.toString());
            }
        });
        return object.build().toString();
    }

    private static void add(JsonArrayBuilder array, Object item) {
        if (item instanceof Boolean b) {
            array.add(b);
        } else if (item instanceof BigDecimal d) {
            array.add(d);
        } else {
            array.add(String.valueOf(item));
        }
    }
}
