package be.vierdepijler.core.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Runs a step in a transaction of its own, committed when the step returns. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class InNewTransaction {

    public <T> T call(Supplier<T> step) {
        return step.get();
    }
}
