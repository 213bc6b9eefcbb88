package id.sinergi.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An API error that knows its problem details. Spring MVC renders it as application/problem+json, so a
 * feature throws one of these and needs no handler of its own.
 */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(HttpStatus status, String type, String title, String detail) {
        super(status, Problems.of(status, type, title, detail), null);
    }

    /** Adds a member to the problem body, such as the {@code caseId} a conflict refers to. */
    public ApiProblem with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
