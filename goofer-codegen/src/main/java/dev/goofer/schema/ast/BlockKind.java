package dev.goofer.schema.ast;

/**
 * The three kinds of block that share the model syntax.
 */
public enum BlockKind {

    /** A {@code model} block: a table. */
    MODEL("model"),

    /** A {@code view} block: a database view. */
    VIEW("view"),

    /** A {@code type} block: a composite type (MongoDB only). */
    COMPOSITE_TYPE("type");

    private final String keyword;

    BlockKind(String keyword) {
        this.keyword = keyword;
    }

    /**
     * Return the keyword that opens the block.
     * @return the keyword
     */
    public String keyword() {
        return this.keyword;
    }

}
