package dev.goofer.schema.semantic;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * What happens to referencing rows when a referenced row is deleted or its key updated.
 */
public enum ReferentialAction {

    /** Delete or update the referencing rows too. */
    CASCADE("Cascade"),

    /** Refuse the change while rows reference the row. */
    RESTRICT("Restrict"),

    /** Refuse the change, possibly deferred to the end of the transaction. */
    NO_ACTION("NoAction"),

    /** Set the referencing fields to null. */
    SET_NULL("SetNull"),

    /** Set the referencing fields to their default values. */
    SET_DEFAULT("SetDefault");

    private final String prismaName;

    ReferentialAction(String prismaName) {
        this.prismaName = prismaName;
    }

    /**
     * Return the action as written in the schema.
     * @return the Prisma name, such as {@code SetNull}
     */
    public String prismaName() {
        return this.prismaName;
    }

    /**
     * Whether the action changes referencing rows (anything but {@code NoAction} and
     * {@code Restrict}).
     * @return whether the action modifies related rows
     */
    public boolean triggersModification() {
        return this != NO_ACTION && this != RESTRICT;
    }

    /**
     * Find an action by its schema name.
     * @param name the name, such as {@code Cascade}
     * @return the action, or {@code null} if unknown
     */
    public static @Nullable ReferentialAction fromPrismaName(String name) {
        return Arrays.stream(values()).filter((action) -> action.prismaName.equals(name)).findFirst().orElse(null);
    }

}
