package dev.goofer.types;

/**
 * Implemented by generated enums: the value stored in the database, which {@code @map}
 * may make differ from the constant name.
 */
public interface DatabaseEnum {

    /**
     * Return the value stored in the database.
     * @return the database value
     */
    String databaseValue();

}
