package be.vierdepijler.core.imports.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Keeps an import run's problems as one JSON array of {@code {line, column, code, reason}} in one column. */
@Converter
public class RowProblemsJson implements AttributeConverter<List<RowProblem>, String> {

    @Override
    public String convertToDatabaseColumn(List<RowProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (RowProblem p : problems) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("line", p.line());
            if (p.column() != null) {
                o.add("column", p.column());
            }
            array.add(o.add("code", p.code()).add("reason", p.reason()));
        }
        return array.build().toString();
    }

    @Override
    public List<RowProblem> convertToEntityAttribute(String json) {
        List<RowProblem> problems = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return problems;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonValue value : array) {
                JsonObject o = value.asJsonObject();
                problems.add(new RowProblem(o.getInt("line"), !o.containsKey("column") || o.isNull("column") ? null
                        : o.getString("column"), o.getString("code"), o.getString("reason")));
            }
        }
        return problems;
    }
}
