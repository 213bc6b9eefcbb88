package id.sinergi.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task completion or variable write outside the task's contract. A form-field validation failure,
 * so engine-rest and Tasklist answer 400 with the message, which names the field.
 */
public class ContractViolationException extends FormFieldValidationException {

    public ContractViolationException(String field, String message) {
        super(field, message);
    }
}
