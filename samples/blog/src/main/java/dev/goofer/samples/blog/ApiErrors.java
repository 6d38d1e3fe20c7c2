package dev.goofer.samples.blog;

import dev.goofer.execution.ForeignKeyViolationException;
import dev.goofer.execution.RecordNotFoundException;
import dev.goofer.execution.UniqueConstraintViolationException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns Goofer's exceptions (Spring {@code DataAccessException}s naming the model and
 * operation) into HTTP problems.
 */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(UniqueConstraintViolationException.class)
    ProblemDetail conflict(UniqueConstraintViolationException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    }

    @ExceptionHandler({ ForeignKeyViolationException.class, IllegalArgumentException.class })
    ProblemDetail badRequest(RuntimeException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    }

}
