package dev.goofer.client;

/**
 * Something {@code select(...)} accepts for model {@code M}: a scalar field handle, a
 * relation (with or without its own arguments) or a relation count.
 *
 * @param <M> the model record type
 */
public sealed interface Selectable<M> permits Field, Fetch {

}
