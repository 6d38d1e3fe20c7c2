package dev.goofer.samples.sharded;

import dev.goofer.execution.RecordNotFoundException;
import dev.goofer.execution.UniqueConstraintViolationException;
import dev.goofer.sharding.ShardRoutingException;
import dev.goofer.sharding.ShardUnavailableException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns Goofer's exceptions into HTTP problems; a shard that is down is a 503 naming it.
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

    @ExceptionHandler({ ShardRoutingException.class, IllegalArgumentException.class })
    ProblemDetail badRequest(RuntimeException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    }

    @ExceptionHandler(ShardUnavailableException.class)
    ProblemDetail unavailable(ShardUnavailableException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
    }

}
