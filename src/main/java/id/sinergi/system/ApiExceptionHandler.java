package id.sinergi.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem details. Validation problems name each field at fault in
 * {@code errors}; nothing internal (stack traces, SQL, class names) reaches the client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), message(e)))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        // Bodies report their nested fields (employer.nib); headers and query parameters their own name.
        var errors = new java.util.ArrayList<FieldProblem>();
        ex.getBeanResults().forEach(result -> result.getFieldErrors()
                .forEach(e -> errors.add(new FieldProblem(e.getField(), message(e)))));
        ex.getValueResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
                new FieldProblem(parameterName(result.getMethodParameter().getParameterName(), result),
                        error.getDefaultMessage()))));
        errors.sort(java.util.Comparator.comparing(FieldProblem::field));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof JsonParseException || (cause != null && cause.getCause() instanceof JsonParseException)) {
            var location = ((JsonProcessingException) (cause instanceof JsonParseException ? cause : cause.getCause())).getLocation();
            String where = location == null ? "" : " at line %d, column %d".formatted(location.getLineNr(), location.getColumnNr());
            return problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                    "The request body is not valid JSON" + where + "."));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return invalid(List.of(new FieldProblem(path(unknown), "unknown field")));
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return invalid(List.of(new FieldProblem(path(invalid), "must be one of: " + allowed)));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return invalid(List.of(new FieldProblem(path(mapping), "has the wrong type or is out of range")));
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "Unreadable request body",
                "The request body is missing or not readable as JSON."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        Class<?> type = ex.getRequiredType();
        String message = type != null && type.isEnum()
                ? "must be one of: " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
                : "has the wrong type";
        return invalid(List.of(new FieldProblem(ex.getName(), message)));
    }

    /** Constraints checked below the controller (a service validating what it was given). */
    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(jakarta.validation.ConstraintViolationException ex) {
        return invalid(ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldProblem::field)).toList());
    }

    /**
     * Two requests changed the same case or agreement at the same moment and this one lost (the engine's
     * optimistic lock, or a database lock or serialization failure). Nothing was changed: a 409 the client
     * may send again, never a 500.
     */
    @ExceptionHandler({org.camunda.bpm.engine.OptimisticLockingException.class,
            org.springframework.dao.ConcurrencyFailureException.class})
    ResponseEntity<Object> conflict(Exception ex, HttpServletRequest request) {
        log.info("Concurrent change refused in {} {} (request {}): {}", request.getMethod(), request.getRequestURI(),
                request.getAttribute("sinergi.requestId"), PersonalData.maskEmailsIn(ex.toString()));
        return problem(Problems.of(HttpStatus.CONFLICT, "conflict", "Concurrent change",
                "Another request changed this resource at the same moment; nothing was changed. Read it again and retry."));
    }

    /** Anything unexpected: logged in full with the request id, answered without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
        for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof org.camunda.bpm.engine.OptimisticLockingException
                    || cause instanceof org.springframework.dao.ConcurrencyFailureException) {
                return conflict(ex, request);
            }
        }
        Object requestId = request.getAttribute("sinergi.requestId");
        // A database error can quote the row it refused, e-mail address included: the log gets a masked copy.
        log.error("Unexpected error in {} {} (request {})", request.getMethod(), request.getRequestURI(), requestId,
                PersonalData.scrubbed(ex));
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed. Quote request id " + requestId + " to the Sinergi operators.");
        return problem(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        // Spring's own problems (404, 405, 415, ...) get a type of ours too, so clients can rely on one.
        if (body instanceof ProblemDetail problem && (problem.getType() == null
                || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(java.net.URI.create("/problems/http-" + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return problem(problem);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static String parameterName(String name, org.springframework.validation.method.ParameterValidationResult result) {
        var header = result.getMethodParameter().getParameterAnnotation(org.springframework.web.bind.annotation.RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return name;
    }

    private static String path(JsonMappingException ex) {
        var path = new StringBuilder();
        for (JsonMappingException.Reference ref : ex.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
