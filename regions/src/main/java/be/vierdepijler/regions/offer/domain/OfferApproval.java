package be.vierdepijler.regions.offer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * An offer's approval for the public finder: who approved it, when, and the checklist as they recorded it (every
 * criterion held, or there would be no approval).
 */
@Embeddable
public class OfferApproval {

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approval_dutch_setting")
    private Boolean dutchSetting;

    @Column(name = "approval_new_contacts")
    private Boolean newContacts;

    @Column(name = "approval_group_or_duo")
    private Boolean groupOrDuo;

    @Column(name = "approval_hours")
    private Integer hoursPossible;

    protected OfferApproval() {
        // for JPA
    }

    OfferApproval(ApprovalChecklist checklist, String approvedBy, Instant approvedAt) {
        this.approvedBy = Objects.requireNonNull(approvedBy, "approvedBy");
        this.approvedAt = Objects.requireNonNull(approvedAt, "approvedAt");
        this.dutchSetting = checklist.dutchSetting();
        this.newContacts = checklist.newContacts();
        this.groupOrDuo = checklist.groupOrDuo();
        this.hoursPossible = checklist.hoursPossible();
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public ApprovalChecklist checklist() {
        return new ApprovalChecklist(dutchSetting, newContacts, groupOrDuo, hoursPossible);
    }

    boolean isEmpty() {
        return approvedAt == null;
    }
}
