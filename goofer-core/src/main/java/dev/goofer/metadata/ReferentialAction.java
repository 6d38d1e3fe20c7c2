package dev.goofer.metadata;

/**
 * A referential action of a relation ({@code onDelete}, {@code onUpdate}).
 */
public enum ReferentialAction {

    CASCADE, RESTRICT, NO_ACTION, SET_NULL, SET_DEFAULT

}
