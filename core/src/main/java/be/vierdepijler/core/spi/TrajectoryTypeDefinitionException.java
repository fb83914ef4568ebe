package be.vierdepijler.core.spi;

import java.util.List;

/**
 * The trajectory types found at deployment cannot work together: an id is malformed or taken twice, or a type answers
 * no metadata. Thrown while the application starts, so that the deployment fails instead of serving a broken catalogue.
 */
public class TrajectoryTypeDefinitionException extends IllegalStateException {

    private final transient List<String> problems;

    public TrajectoryTypeDefinitionException(List<String> problems) {
        super("Trajectory types are misdefined; fix these before deploying: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
