package dev.goofer.codegen.naming;

import java.util.List;

import dev.goofer.codegen.naming.NamingStrategy.Mode;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultNamingStrategyTests {

    private final NamingStrategy naming = DefaultNamingStrategy.INSTANCE;

    private final ModelMeta blogPost = new ModelMeta("blog_post", "blog_post", null, false,
            List.of(ScalarFieldMeta.of("created_at", ScalarType.DATETIME)), null, List.of(), List.of(), List.of(),
            false, null);

    @Test
    void modelTypesAndAccessorFollowTheModelName() {
        assertThat(this.naming.modelClassName(this.blogPost, Mode.RECORD)).isEqualTo("BlogPost");
        assertThat(this.naming.modelClassName(this.blogPost, Mode.FIELDS)).isEqualTo("BlogPostFields");
        assertThat(this.naming.modelClassName(this.blogPost, Mode.WHERE_UNIQUE)).isEqualTo("BlogPostWhereUnique");
        assertThat(this.naming.modelClassName(this.blogPost, Mode.CREATE)).isEqualTo("BlogPostCreate");
        assertThat(this.naming.modelClassName(this.blogPost, Mode.UPDATE)).isEqualTo("BlogPostUpdate");
        assertThat(this.naming.accessorName(this.blogPost)).isEqualTo("blogPost");
    }

    @Test
    void fieldsBecomeCamelCaseMembersAndUpperSnakeCaseConstants() {
        ScalarFieldMeta createdAt = this.blogPost.scalarField("created_at");
        assertThat(this.naming.memberName(this.blogPost, createdAt)).isEqualTo("createdAt");
        assertThat(this.naming.constantName(this.blogPost, createdAt)).isEqualTo("CREATED_AT");
        assertThat(this.naming.pushMethodName(this.blogPost, createdAt)).isEqualTo("pushCreatedAt");
    }

    @Test
    void compoundKeysUseTheirNameOrPrismasDefault() {
        assertThat(this.naming.compoundKeyName(this.blogPost, List.of("firstName", "lastName"), null))
            .isEqualTo("firstNameLastName");
        assertThat(this.naming.compoundKeyName(this.blogPost, List.of("a", "b"), "full_name")).isEqualTo("fullName");
    }

    @Test
    void schemaAndDefinitionClassesFollowTheClientName() {
        assertThat(this.naming.schemaClassName("GooferClient")).isEqualTo("GooferSchema");
        assertThat(this.naming.schemaClassName("Db")).isEqualTo("DbSchema");
        assertThat(this.naming.definitionClassName("GooferClient")).isEqualTo("GooferClientDefinition");
    }

}
