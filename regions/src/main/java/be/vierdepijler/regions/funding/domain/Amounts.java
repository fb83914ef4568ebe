package be.vierdepijler.regions.funding.domain;

import be.vierdepijler.core.shared.FieldViolation;
import java.math.BigDecimal;
import java.util.List;

/** The one reading of an amount in euro: at most two decimals, not negative, fits numeric(14,2). */
public final class Amounts {

    /** The largest amount a numeric(14,2) column holds. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Amounts() {
    }

    /** Adds a violation at {@code field} when the amount is malformed; a null amount is not checked here. */
    public static void check(List<FieldViolation> v, String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            v.add(new FieldViolation(field, "too-many-decimals", "Een bedrag heeft hoogstens twee decimalen (cent)."));
        } else if (amount.signum() < 0) {
            v.add(new FieldViolation(field, "negative", "Een bedrag is niet negatief."));
        } else if (amount.compareTo(MAX) > 0) {
            v.add(new FieldViolation(field, "too-large", "Dit bedrag is te groot."));
        }
    }

    /** The amount with exactly two decimals, as it is stored (call only on a checked amount). */
    public static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2);
    }

    /** Whether two amounts are equal as money (40000 equals 40000.00); nulls equal each other only. */
    public static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
