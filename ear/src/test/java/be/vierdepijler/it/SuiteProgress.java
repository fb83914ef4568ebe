package be.vierdepijler.it;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Which test classes the run holds and which have finished (registered for the whole launcher run through
 * META-INF/services), so that {@link PersonalDataInLogIT} can show that it really runs after every other class of the
 * one failsafe run, as junit-platform.properties orders it.
 */
public class SuiteProgress implements TestExecutionListener {

    private static final Set<String> PLANNED = ConcurrentHashMap.newKeySet();
    private static final Set<String> FINISHED = ConcurrentHashMap.newKeySet();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        plan.getRoots().forEach(root -> plan.getDescendants(root).forEach(id -> className(id).ifPresent(PLANNED::add)));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        className(id).ifPresent(FINISHED::add);
    }

    private static java.util.Optional<String> className(TestIdentifier id) {
        return id.getSource().filter(ClassSource.class::isInstance).map(s -> ((ClassSource) s).getClassName());
    }

    /** The test classes of this run; empty when the listener did not run (then nothing can be shown). */
    static Set<String> planned() {
        return Set.copyOf(PLANNED);
    }

    static Set<String> finished() {
        return Set.copyOf(FINISHED);
    }
}
