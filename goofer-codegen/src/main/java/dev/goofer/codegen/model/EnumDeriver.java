package dev.goofer.codegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.palantir.javapoet.ClassName;
import dev.goofer.codegen.naming.JavaIdentifiers;
import dev.goofer.codegen.naming.NameScope;
import dev.goofer.codegen.naming.NamingStrategy;
import dev.goofer.metadata.EnumMeta;

/**
 * Derives the descriptor of one generated enum. Values keep their names; the members the
 * generated enum adds ({@code META}, the lookup and the value field) give way to values
 * that take their names.
 */
final class EnumDeriver {

    private static final Set<String> COMPILER_NAMES = Set.of("$VALUES");

    private EnumDeriver() {
    }

    static EnumDescriptor derive(EnumMeta enumMeta, NamingStrategy naming, TypeNames types, Conflicts conflicts) {
        ClassName className = types.claim("enum", enumMeta.name(), naming.enumClassName(enumMeta),
                "enum \"" + enumMeta.name() + "\"");
        NameScope members = NameScope.caseSensitive();
        List<EnumDescriptor.Constant> constants = new ArrayList<>();
        for (EnumMeta.Value value : enumMeta.values()) {
            String javaName = JavaIdentifiers.escape(naming.enumConstantName(enumMeta, value), COMPILER_NAMES);
            if (!JavaIdentifiers.isIdentifier(javaName)) {
                conflicts.invalidEnumValue(enumMeta.name(), value.name(), javaName);
                continue;
            }
            NameScope.Claim holder = members.claim(javaName, "value \"" + value.name() + "\"");
            if (holder != null) {
                conflicts.enumValueClash(enumMeta.name(), value.name(), javaName, holder);
            }
            constants.add(new EnumDescriptor.Constant(value, javaName));
        }
        String metaConstant = members.allocate("META", "the enum metadata");
        String lookupConstant = members.allocate("BY_DATABASE_VALUE", "the lookup by database value");
        String valueField = members.allocate("databaseValue", "the database value");
        return new EnumDescriptor(enumMeta, className, constants, metaConstant, lookupConstant, valueField);
    }

}
