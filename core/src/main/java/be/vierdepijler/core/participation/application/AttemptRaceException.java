package be.vierdepijler.core.participation.application;

/**
 * Another attempt from the same address took the same numbered place of the hour at the same moment; the caller
 * counts the attempt again (it then finds the place taken and takes the next, or is refused).
 */
public class AttemptRaceException extends RuntimeException {

    public AttemptRaceException(Throwable cause) {
        super("An attempt from the same address took the same place at the same moment", cause);
    }
}
