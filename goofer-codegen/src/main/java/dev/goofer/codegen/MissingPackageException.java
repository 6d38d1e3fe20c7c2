package dev.goofer.codegen;

/**
 * Thrown when nothing names the package of the generated client: neither the caller nor
 * the schema's Goofer generator block ({@code package = "com.example.db"}).
 */
public class MissingPackageException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * Create the exception.
     */
    public MissingPackageException() {
        super("No package for the generated client: set package in the schema's Goofer generator block, "
                + "for example generator client { provider = \"goofer\" package = \"com.example.db\" }");
    }

}
