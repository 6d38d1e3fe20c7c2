package dev.goofer.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated plugin descriptor: goal names, the {@code goofer} prefix, default
 * locations and the {@code -Dgoofer.*} properties users set on the command line.
 */
class PluginDescriptorTest {

    @Test
    void descriptorDeclaresTheGoalsTheirDefaultsAndProperties() throws IOException {
        String descriptor;
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("plugin.xml (generated in process-classes)").isNotNull();
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(descriptor).contains("<goalPrefix>goofer</goalPrefix>")
            .contains("<goal>validate</goal>")
            .contains("<goal>generate</goal>")
            .contains("<phase>generate-sources</phase>")
            .contains("<goal>init</goal>")
            .doesNotContain("<threadSafe>false</threadSafe>")
            .contains("default-value=\"${project.build.directory}/generated-sources/goofer\">"
                    + "${goofer.outputDirectory}</outputDirectory>")
            .contains("default-value=\"${project.build.directory}/generated-resources/goofer\">"
                    + "${goofer.resourceOutputDirectory}</resourceOutputDirectory>")
            .contains("<packageName implementation=\"java.lang.String\">${goofer.package}</packageName>")
            .contains("default-value=\"sqlite\">${goofer.provider}</provider>")
            .contains("<phase>validate</phase>")
            .contains("<goal>db-push</goal>")
            .contains("<goal>migrate-diff</goal>")
            .contains("default-value=\"${project.basedir}/src/main/prisma/schema.prisma\">${goofer.schema}</schema>")
            .contains("<url implementation=\"java.lang.String\">${goofer.url}</url>")
            .contains("<user implementation=\"java.lang.String\">${goofer.user}</user>")
            .contains("<password implementation=\"java.lang.String\">${goofer.password}</password>")
            .contains("default-value=\"false\">${goofer.acceptDataLoss}</acceptDataLoss>")
            .contains("default-value=\"${project.basedir}/src/main/resources/db/migration\">"
                    + "${goofer.migrationsDirectory}</migrationsDirectory>");
    }

}
