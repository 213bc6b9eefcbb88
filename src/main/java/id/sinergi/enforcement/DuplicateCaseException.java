package id.sinergi.enforcement;

/** An open case already exists for this employer and violation. */
public class DuplicateCaseException extends RuntimeException {

    private final String existingCaseNumber;

    public DuplicateCaseException(String existingCaseNumber) {
        super("An open case for this employer and violation already exists: " + existingCaseNumber);
        this.existingCaseNumber = existingCaseNumber;
    }

    public String existingCaseNumber() {
        return existingCaseNumber;
    }
}
