package be.vierdepijler.it;

import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.FieldDefinition;
import be.vierdepijler.core.spi.FieldSchema;
import be.vierdepijler.core.spi.HourPolicy;
import be.vierdepijler.core.spi.LocalizedText;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.ReportingCategory;
import be.vierdepijler.core.spi.Suitability;
import be.vierdepijler.core.spi.TrajectoryType;
import java.util.List;

/**
 * For {@link DuplicateTrajectoryTypeIT}: a third party's type that took an id already in use. A top-level class, so
 * that it loads in the server without its test; unannotated (the ear's test classpath has no CDI API), so the jar that
 * carries it discovers all its classes.
 */
public class SecondBuddyType implements TrajectoryType {

    public static final String ID = "buddy";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Tweede buddy", "Second buddy");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("Neemt een id dat al bestaat.", "Takes an id that exists.");
    }

    @Override
    public FieldSchema schema() {
        return FieldSchema.of(FieldDefinition.text("note").required().label("Nota", "Note").build());
    }

    @Override
    public List<ReportingCategory> reportingCategories() {
        return List.of(ReportingCategory.of("second-buddy", "Tweede buddy", "Second buddy"));
    }

    @Override
    public Suitability suitability() {
        return Suitability.fromLevel(DutchLevel.A0, "Iedereen.", "Everyone.");
    }

    @Override
    public HourPolicy hourPolicy() {
        return HourPolicy.fullDay(true);
    }

    @Override
    public PlacedWith placedWith() {
        return PlacedWith.OFFER;
    }
}
