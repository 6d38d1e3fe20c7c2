package dev.goofer.schema.ast;

/**
 * The two kinds of configuration block.
 */
public enum ConfigKind {

    /** A {@code datasource} block. */
    DATASOURCE("datasource"),

    /** A {@code generator} block. */
    GENERATOR("generator");

    private final String keyword;

    ConfigKind(String keyword) {
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
