package be.vierdepijler.core.buddy.application;

import be.vierdepijler.core.buddy.domain.BuddyCounts;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The aggregated figures of the buddies a caller may count, per province or per network. No person in it.
 *
 * @param by     {@code province} or {@code network}
 * @param groups one per province or network that has buddies in scope, by name
 * @param total  the sum of the groups
 */
public record BuddyReport(String by, List<Group> groups, BuddyCounts total) {

    /** What a report is grouped by. */
    public enum GroupBy {
        PROVINCE("province"), NETWORK("network");

        private final String code;

        GroupBy(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<GroupBy> byCode(String code) {
            return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
        }

        public static List<String> codes() {
            return Arrays.stream(values()).map(GroupBy::code).toList();
        }
    }

    /**
     * @param id   the province code ({@code west-vlaanderen}; {@code brussel} for the Brussels municipalities, which
     *             lie in no province) or the network id
     * @param name its name
     */
    public record Group(String id, String name, BuddyCounts counts) {
    }
}
