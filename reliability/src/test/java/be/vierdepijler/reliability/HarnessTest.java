package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HarnessTest {

    @Test
    void theManagementPortMovesWithTheNodesOffset() {
        assertThat(RelConfig.management("http://127.0.0.1:8480")).isEqualTo("http://127.0.0.1:10390");
        assertThat(RelConfig.management("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:9990");
        RelConfig config = new RelConfig("http://127.0.0.1:8490", List.of("http://127.0.0.1:8480",
                "http://127.0.0.1:8580"), "jdbc:postgresql://127.0.0.1:5432/vierdepijler_rel3?x=1", "u", "p",
                "cluster/cluster.sh", "pw", 150);
        assertThat(config.portOffset(2)).isEqualTo(500);
        assertThat(config.dbName()).isEqualTo("vierdepijler_rel3");
        assertThat(config.dbUrlOf("copy")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/copy");
    }

    @Test
    void readsTheHeapInUseFromJcmd() {
        String g1 = """
                12345:
                 garbage-first heap   total 262144K, used 81234K [0x00000000c0000000, 0x0000000100000000)
                  region size 1024K, 3 young (3072K), 0 survivors (0K)
                 Metaspace       used 150000K, committed 151000K, reserved 1179648K
                """;
        assertThat(Cluster.usedKb(g1)).isEqualTo(81234);
    }

    @Test
    void theReportPrintsOneBlockWithTheStandardLines() {
        Ledger ledger = new Ledger();
        ledger.record("hours", "a", 201);
        ledger.record("hours", "b", 0);
        Tally tally = new Tally();
        tally.add(new Tally.Sample("hours", 0, 3, 201));
        tally.add(new Tally.Sample("hours", 0, 3, 0));
        String block = new Report("Example").fault("kill -9 of node 1").standard(tally,
                ledger.check(java.util.Map.of("a", 1))).render();
        assertThat(block).contains("[Example] ==== Example", "[Example]   faults injected", "kill -9 of node 1", "requests sent",
                "writes acknowledged", "writes found", "errors by class", "{no answer=1}");
    }
}
