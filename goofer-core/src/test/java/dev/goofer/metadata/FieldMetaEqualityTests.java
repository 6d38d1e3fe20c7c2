package dev.goofer.metadata;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field records hash by name only (they are hashed on every query) but still compare
 * every component.
 */
class FieldMetaEqualityTests {

    @Test
    void scalarFieldsEqualByEveryComponent() {
        ScalarFieldMeta age = scalar("age", false, null);
        assertThat(age).isEqualTo(scalar("age", false, null)).hasSameHashCodeAs(scalar("age", false, null));
        assertThat(age).isNotEqualTo(scalar("age", true, null));
        assertThat(age).isNotEqualTo(scalar("age", false, "The age."));
        assertThat(age).isNotEqualTo(scalar("years", false, null));
        assertThat(age).isNotEqualTo(null);
    }

    @Test
    void relationFieldsEqualByEveryComponent() {
        RelationFieldMeta author = relation(ReferentialAction.CASCADE);
        assertThat(author).isEqualTo(relation(ReferentialAction.CASCADE))
            .hasSameHashCodeAs(relation(ReferentialAction.CASCADE));
        assertThat(author).isNotEqualTo(relation(ReferentialAction.RESTRICT));
    }

    private static ScalarFieldMeta scalar(String name, boolean optional, String documentation) {
        return new ScalarFieldMeta(name, name, ScalarType.INT, null, optional, false, null, null, false, false, null,
                documentation);
    }

    private static RelationFieldMeta relation(ReferentialAction onDelete) {
        return new RelationFieldMeta("author", "User", false, false, "PostToUser", RelationKind.FORWARD, "posts",
                List.of("authorId"), List.of("id"), onDelete, ReferentialAction.CASCADE, "Post_authorId_fkey", null,
                false, null);
    }

}
