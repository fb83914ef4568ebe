package be.vierdepijler.core.trajectory.domain;

/** Names a reporting category of a type in Dutch, as the certificate prints it (the type registry answers). */
@FunctionalInterface
public interface CategoryLabels {

    String label(String typeId, String categoryId);
}
