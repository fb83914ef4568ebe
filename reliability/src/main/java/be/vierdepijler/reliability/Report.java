package be.vierdepijler.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The block each scenario prints: requests sent, faults injected, writes acknowledged, writes found, errors by class,
 * then whatever figures the scenario measured, and the limits it asserts. One block, so that the CI log reads well.
 */
public final class Report {

    private final String scenario;
    private final Map<String, String> lines = new LinkedHashMap<>();
    private final List<String> faults = new ArrayList<>();

    public Report(String scenario) {
        this.scenario = scenario;
    }

    public Report fault(String fault) {
        faults.add(fault);
        return this;
    }

    public Report line(String label, Object value) {
        lines.put(label, String.valueOf(value));
        return this;
    }

    /** The standard lines from a tally and a ledger's verdict (either may be null). */
    public Report standard(Tally tally, Ledger.Verdict verdict) {
        if (tally != null) {
            line("requests sent", tally.sent());
        }
        if (verdict != null) {
            line("writes sent", verdict.sent());
            line("writes acknowledged", verdict.acknowledged());
            line("writes refused (4xx)", verdict.refused());
            line("writes unknown (no answer/5xx)", verdict.unknown() + " (found in DB: " + verdict.unknownFound()
                    + ", not found: " + verdict.unknownMissing() + ")");
            line("writes found", verdict.found());
            line("acknowledged but lost", verdict.lost().size() + (verdict.lost().isEmpty() ? ""
                    : " " + abbreviated(verdict.lost())));
            line("doubled", verdict.doubled().size() + (verdict.doubled().isEmpty() ? ""
                    : " " + abbreviated(verdict.doubled())));
            line("refused but found", verdict.refusedButFound().size());
        }
        if (tally != null) {
            Map<String, Integer> errors = tally.errorsByClass();
            line("errors by class", errors.isEmpty() ? "none" : errors.toString());
        }
        return this;
    }

    private static String abbreviated(List<String> markers) {
        return markers.size() <= 10 ? markers.toString() : markers.subList(0, 10) + "…";
    }

    /**
     * The block; every line starts with the scenario's tag ("[NodeCrashIT]", the first word of its title), the form
     * cluster/reliability.sh collects as the run's figures.
     */
    public String render() {
        String tag = "[" + scenario.split(" ")[0] + "]";
        StringBuilder out = new StringBuilder();
        out.append('\n').append(tag).append(" ==== ").append(scenario).append('\n');
        out.append(String.format("%s   %-34s %s%n", tag, "faults injected", faults.isEmpty() ? "none"
                : String.join("; ", faults)));
        lines.forEach((label, value) -> out.append(String.format("%s   %-34s %s%n", tag, label, value)));
        return out.toString();
    }

    /** Prints the block to standard out (the failsafe report and the console). */
    public void print() {
        System.out.print(render());
        System.out.flush();
    }
}
