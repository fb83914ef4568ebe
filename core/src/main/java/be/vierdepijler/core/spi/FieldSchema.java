package be.vierdepijler.core.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields a trajectory type asks for on a placement, in the order the UI shows them. Field names are unique.
 *
 * @param fields the fields, in display order
 */
public record FieldSchema(List<FieldDefinition> fields) {

    public FieldSchema {
        fields = List.copyOf(fields);
        Set<String> names = new HashSet<>();
        for (FieldDefinition field : fields) {
            if (!names.add(field.name())) {
                throw new IllegalArgumentException("the schema declares field '" + field.name() + "' twice");
            }
        }
    }

    public static FieldSchema of(FieldDefinition... fields) {
        return new FieldSchema(List.of(fields));
    }

    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return fields.stream().map(FieldDefinition::name).toList();
    }

    public List<String> requiredNames() {
        return fields.stream().filter(FieldDefinition::required).map(FieldDefinition::name).toList();
    }
}
