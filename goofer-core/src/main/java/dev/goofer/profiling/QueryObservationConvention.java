package dev.goofer.profiling;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * An {@link ObservationConvention} for Goofer operations; implement it to rename the
 * observation or change its tags.
 */
public interface QueryObservationConvention extends ObservationConvention<QueryObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof QueryObservationContext;
    }

}
