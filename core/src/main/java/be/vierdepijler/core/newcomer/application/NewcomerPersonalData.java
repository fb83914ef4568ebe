package be.vierdepijler.core.newcomer.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.audit.application.AuditTrailEraser;
import be.vierdepijler.core.newcomer.domain.Newcomer;
import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.newcomer.domain.NewcomerRetention;
import be.vierdepijler.core.newcomer.domain.PersonScope;
import be.vierdepijler.core.privacy.application.ConsentRecords;
import be.vierdepijler.core.privacy.application.PersonalDataHolder;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.shared.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A newcomer's rights over their data. The export (profile, consents and their history, the eligibility override,
 * then what the other aggregates keep about the newcomer: every trajectory with its placements, hours, decisions,
 * confirmation links, referrals and changes, and the matching's pairs) is for administrators and the counsellors and
 * coordinators of the newcomer's network; a local officer sees the newcomer but may not export (403). The erasure is
 * for administrators and the coordinators of the network, once every trajectory of the newcomer is closed (409
 * otherwise: stop or exempt it first, with a reason).
 *
 * <p>Erasure pseudonymises the newcomer ({@link Newcomer#erase}) and clears the same in the audit history; every
 * {@link NewcomerDataContributor} clears its own part (the free texts of the trajectories, their referrals'
 * motivations and handover notes, the explanations and reasons of the matching pairs, the unused confirmation links
 * expired). What the reports count stays: place, network, status, Dutch level, referral channel, consents,
 * trajectories with their status, dates, hours and reporting categories, and the certificate code (which names
 * nobody). Who is past retention is the {@link NewcomerRetention}'s answer.
 */
@ApplicationScoped
public class NewcomerPersonalData implements PersonalDataHolder {

    /** The personal columns of {@code newcomer_aud} and what every revision gets instead. */
    private static final Map<String, Object> ERASED_COLUMNS = erasedColumns();
    /** The audited collections of a newcomer that are personal data in whole. */
    private static final List<String> PERSONAL_COLLECTIONS = List.of("newcomer_language_aud", "newcomer_interest_aud",
            "newcomer_availability_aud");

    @Inject
    NewcomerService service;

    @Inject
    NewcomerRepository newcomers;

    @Inject
    AuditLog audit;

    @Inject
    AuditTrailEraser history;

    @Inject
    NewcomerRetention retention;

    @Inject
    @Any
    Instance<NewcomerDataContributor> contributors;

    @Override
    public String kind() {
        return NewcomerService.AUDIT_KIND;
    }

    @Override
    public void authorizeExport(Caller caller, long newcomerId) {
        Newcomer newcomer = service.inScope(caller, newcomerId);
        if (!PersonScope.mayManage(caller, newcomer.networkId())) {
            throw new ForbiddenException("Alleen de trajectbegeleiders en coördinatoren van het netwerk en de"
                    + " beheerders exporteren de gegevens van een inburgeraar.");
        }
    }

    @Override
    public void authorizeErasure(Caller caller, long newcomerId) {
        Newcomer newcomer = service.inScope(caller, newcomerId);
        if (!caller.managesNetwork(newcomer.networkId())) {
            throw new ForbiddenException("Alleen de coördinatoren van het netwerk en de beheerders wissen een"
                    + " inburgeraar.");
        }
        if (!newcomer.isErased()) {
            contributors().forEach(c -> c.requireErasable(newcomerId));
        }
    }

    @Override
    public Map<String, Object> export(long newcomerId) {
        Newcomer n = newcomer(newcomerId);
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("profile", profile(n));
        sections.put("consents", ConsentRecords.current(n.consents()));
        sections.put("consentHistory", ConsentRecords.history(audit.historyOf(kind(), newcomerId,
                new PageRequest(0, 1000, "at", true)).items()));
        sections.put("eligibilityOverride", n.overrideAt() == null ? null
                : new EligibilityOverride(n.overrideMotivation(), n.overrideBy(), n.overrideAt()));
        contributors().forEach(c -> sections.putAll(c.export(newcomerId)));
        return sections;
    }

    private static Map<String, Object> profile(Newcomer n) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", n.id());
        profile.put("firstName", n.firstName());
        profile.put("lastName", n.lastName());
        profile.put("email", n.email());
        profile.put("phone", n.phone());
        profile.put("integrationStatus", n.integrationStatus().code());
        profile.put("municipalityNis", n.municipalityNis());
        profile.put("networkId", n.networkId());
        profile.put("dutchLevel", n.dutchLevel() == null ? null : n.dutchLevel().name());
        profile.put("languages", n.languages().stream().sorted().toList());
        profile.put("interests", n.interests().stream().sorted().toList());
        profile.put("availability", n.availability().stream().sorted().toList());
        profile.put("referralChannel", n.referralChannel().code());
        profile.put("integrationContractDate", n.integrationContractDate());
        profile.put("integrationProgress", n.integrationProgress().code());
        profile.put("integrationEndedOn", n.integrationEndedOn());
        profile.put("createdAt", n.createdAt());
        profile.put("createdBy", n.createdBy());
        profile.put("erasedAt", n.erasedAt());
        return profile;
    }

    @Override
    public boolean claim(long newcomerId, Instant at, String by) {
        return newcomers.claimErasure(newcomerId, at, by);
    }

    @Override
    public void pseudonymise(long newcomerId, Instant at, String by) {
        Newcomer n = newcomer(newcomerId);
        newcomers.refresh(n); // the claim changed the row behind the persistence context's back
        n.erase(at, by);
        contributors().forEach(c -> c.pseudonymise(newcomerId, at));
    }

    @Override
    public void eraseHistory(long newcomerId) {
        history.overwrite("newcomer_aud", "id", newcomerId, ERASED_COLUMNS);
        history.mask("newcomer_aud", "id", newcomerId, List.of("override_motivation"), Newcomer.ERASED_TEXT);
        PERSONAL_COLLECTIONS.forEach(table -> history.delete(table, "newcomer_id", newcomerId));
        contributors().forEach(c -> c.eraseHistory(newcomerId));
    }

    @Override
    public List<Long> dueForErasure(LocalDate cutoff, long afterId, int max) {
        return retention.dueForErasure(cutoff, afterId, max);
    }

    @Override
    public boolean isDue(long newcomerId, LocalDate cutoff) {
        return retention.isDue(newcomerId, cutoff);
    }

    /** The other aggregates' parts of the newcomer's data, in the order of the export. */
    private List<NewcomerDataContributor> contributors() {
        return contributors.stream().sorted(Comparator.comparingInt(NewcomerDataContributor::position)).toList();
    }

    private Newcomer newcomer(long id) {
        return newcomers.byId(id).orElseThrow(() -> new NotFoundException("inburgeraar", String.valueOf(id)));
    }

    private static Map<String, Object> erasedColumns() {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("first_name", Newcomer.ERASED_NAME);
        columns.put("last_name", Newcomer.ERASED_NAME);
        columns.put("name_search", SearchText.fold(Newcomer.ERASED_NAME + " " + Newcomer.ERASED_NAME));
        columns.put("email", null);
        columns.put("phone", null);
        columns.put("integration_contract_date", null);
        columns.put("integration_ended_on", null);
        return columns;
    }

    /** A counsellor took the newcomer in although a rule said no: why, who, when. */
    public record EligibilityOverride(String motivation, String by, Instant at) {
    }
}
