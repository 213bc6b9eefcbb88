package id.sinergi.notification;

/** The mail server or the outbox refused a letter; the job that sent it will retry. */
public class LetterDeliveryException extends RuntimeException {

    public LetterDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
