package be.vierdepijler.it;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.imports.domain.ImportColumn;
import be.vierdepijler.core.imports.domain.ImportKind;
import be.vierdepijler.core.imports.domain.ImportRow;
import be.vierdepijler.core.imports.domain.RowOutcome;
import be.vierdepijler.core.imports.domain.RowProblem;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.regions.organisation.application.OrganisationImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * For {@link ImportIT}: the organisations' kind, except that applying a row whose name ends in {@value #REFUSED}
 * is refused the way a service refuses (an {@link InvalidInputException}) after the check let it through. The real
 * kinds check everything their services check, so only a stand-in can refuse a row late in a big file, after
 * several batches of rows were written and the persistence contexts cleared. Deployed only in ImportIT's copy of the
 * EAR, in a library jar of its own (the import path in core's jar sees the kinds of the EAR's libraries).
 */
@ApplicationScoped
public class RefusingOrganisationImport implements ImportKind {

    public static final String KEY = "test-refusing-organisations";
    public static final String REFUSED = "WEIGEREN";

    @Inject
    OrganisationImport organisations;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "Test: organisaties, een regel geweigerd";
    }

    @Override
    public List<ImportColumn> columns() {
        return organisations.columns();
    }

    @Override
    public boolean mayImport(Caller caller) {
        return organisations.mayImport(caller);
    }

    @Override
    public List<RowProblem> check(List<ImportRow> rows, Caller caller) {
        return organisations.check(rows, caller);
    }

    @Override
    public RowOutcome apply(ImportRow row, Caller caller) {
        if (row.get("naam") != null && row.get("naam").endsWith(REFUSED)) {
            throw new InvalidInputException("naam", "refused", "Deze organisatie wordt geweigerd.");
        }
        return organisations.apply(row, caller);
    }
}
