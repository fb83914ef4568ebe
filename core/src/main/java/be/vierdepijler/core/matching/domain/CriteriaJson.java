package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.spi.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Stores a pair's criteria as a JSON array: {@code [{code, labelNl, labelEn, points, max, nl, en}, …]}. */
@Converter
public class CriteriaJson implements AttributeConverter<List<CriterionScore>, String> {

    @Override
    public String convertToDatabaseColumn(List<CriterionScore> criteria) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (CriterionScore c : criteria) {
            array.add(Json.createObjectBuilder()
                    .add("code", c.code())
                    .add("labelNl", c.label().nl()).add("labelEn", c.label().en())
                    .add("points", c.points()).add("max", c.maxPoints())
                    .add("nl", c.explanation().nl()).add("en", c.explanation().en()));
        }
        return array.build().toString();
    }

    @Override
    public List<CriterionScore> convertToEntityAttribute(String json) {
        List<CriterionScore> criteria = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonObject c : reader.readArray().getValuesAs(JsonObject.class)) {
                criteria.add(new CriterionScore(c.getString("code"),
                        LocalizedText.of(c.getString("labelNl"), c.getString("labelEn")), c.getInt("points"),
                        c.getInt("max"), LocalizedText.of(c.getString("nl"), c.getString("en"))));
            }
        }
        return List.copyOf(criteria);
    }
}
