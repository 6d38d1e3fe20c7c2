package dev.goofer.client;

/**
 * A relation to load with a read ({@code include}), or a relation count to return in
 * {@code _count}: a relation handle such as {@code UserFields.POSTS}, the same handle
 * with arguments ({@code UserFields.POSTS.take(5)}) or a count
 * ({@code UserFields.POSTS.count()}).
 *
 * @param <M> the model record type that holds the relation
 */
public sealed interface Fetch<M> extends Selectable<M>
        permits ToManyRelation, ToOneRelation, RelationFetch, CountFetch {

}
