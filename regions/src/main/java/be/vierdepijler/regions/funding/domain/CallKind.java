package be.vierdepijler.regions.funding.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What kind of funding a call is. */
public enum CallKind {
    /** A call for pilots (proeftuinen), e.g. the 2020 call of AMIF and VVSG. */
    PILOT_CALL("pilot-call", "proeftuinoproep", "Proeftuinoproep"),
    /** A call to the regional networks, e.g. the network call of vraag 154. */
    NETWORK_CALL("network-call", "netwerkoproep", "Netwerkoproep"),
    /** A call within an action plan. */
    ACTION_PLAN_CALL("action-plan-call", "actieplanoproep", "Actieplanoproep"),
    /** A budget article or project line without a call, e.g. "PJ0-1PFC2DB-PR PROVISIE PROJECTEN SAMENLEVEN". */
    PROJECT_LINE("project-line", "projectlijn", "Projectlijn");

    private final String code;
    private final String dutchCode;
    private final String label;

    CallKind(String code, String dutchCode, String label) {
        this.code = code;
        this.dutchCode = dutchCode;
        this.label = label;
    }

    /** The code in the API. */
    public String code() {
        return code;
    }

    /** The code in import files (soort). */
    public String dutchCode() {
        return dutchCode;
    }

    public String label() {
        return label;
    }

    public static Optional<CallKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static Optional<CallKind> byDutchCode(String code) {
        return Arrays.stream(values()).filter(k -> k.dutchCode.equalsIgnoreCase(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(CallKind::code).toList();
    }

    public static List<String> dutchCodes() {
        return Arrays.stream(values()).map(CallKind::dutchCode).toList();
    }
}
