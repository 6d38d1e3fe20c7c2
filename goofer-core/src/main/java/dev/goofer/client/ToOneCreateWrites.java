package dev.goofer.client;

import dev.goofer.metadata.RelationFieldMeta;

/**
 * The nested write to a to-one relation inside a create: {@code create}, {@code connect}
 * or {@code connectOrCreate}.
 *
 * @param <T> the related record type
 */
public final class ToOneCreateWrites<T> extends NestedWrites<T, ToOneCreateWrites<T>> {

    ToOneCreateWrites(RelationFieldMeta relation) {
        super(relation);
    }

}
