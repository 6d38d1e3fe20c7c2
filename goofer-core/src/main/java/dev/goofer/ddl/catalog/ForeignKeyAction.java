package dev.goofer.ddl.catalog;

/**
 * A referential action of a foreign key.
 */
public enum ForeignKeyAction {

    CASCADE("CASCADE"), RESTRICT("RESTRICT"), NO_ACTION("NO ACTION"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ForeignKeyAction(String sql) {
        this.sql = sql;
    }

    /**
     * Return the SQL spelling of the action.
     * @return the SQL keywords, for example {@code SET NULL}
     */
    public String sql() {
        return this.sql;
    }

}
