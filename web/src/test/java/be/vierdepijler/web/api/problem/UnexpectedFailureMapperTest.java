package be.vierdepijler.web.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.shared.InvalidInputException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

class UnexpectedFailureMapperTest {

    @Test
    void refusedInputWrappedByAFlushIsFoundAndAnythingElseIsNot() {
        InvalidInputException refused = new InvalidInputException("displayName", "too-long", "Hoogstens 120 tekens.");
        assertThat(UnexpectedFailureMapper.refusedInput(new RuntimeException(new PersistenceException(refused))))
                .isSameAs(refused);
        assertThat(UnexpectedFailureMapper.refusedInput(refused)).isSameAs(refused);
        assertThat(UnexpectedFailureMapper.refusedInput(new IllegalStateException(new NullPointerException())))
                .isNull();
    }
}
