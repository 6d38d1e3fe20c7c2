package dev.goofer.codegen.naming;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameCaseTests {

    @Test
    void pascalCaseJoinsSnakeCaseAndKeepsInnerCasing() {
        assertThat(NameCase.pascalCase("blog_post")).isEqualTo("BlogPost");
        assertThat(NameCase.pascalCase("BLOG_POST")).isEqualTo("BlogPost");
        assertThat(NameCase.pascalCase("user")).isEqualTo("User");
        assertThat(NameCase.pascalCase("HTTPLog")).isEqualTo("HTTPLog");
        assertThat(NameCase.pascalCase("res_users")).isEqualTo("ResUsers");
        assertThat(NameCase.pascalCase("_private")).isEqualTo("Private");
        assertThat(NameCase.pascalCase("___")).isEmpty();
    }

    @Test
    void camelCaseLowersLeadingCapitalsAndJoinsSnakeCase() {
        assertThat(NameCase.camelCase("created_at")).isEqualTo("createdAt");
        assertThat(NameCase.camelCase("CREATED_AT")).isEqualTo("createdAt");
        assertThat(NameCase.camelCase("createdAt")).isEqualTo("createdAt");
        assertThat(NameCase.camelCase("URL")).isEqualTo("url");
        assertThat(NameCase.camelCase("URLPath")).isEqualTo("urlPath");
        assertThat(NameCase.camelCase("HTTP2Server")).isEqualTo("http2Server");
        assertThat(NameCase.camelCase("userID")).isEqualTo("userID");
        assertThat(NameCase.camelCase("user_ID")).isEqualTo("userId");
        assertThat(NameCase.camelCase("_count")).isEqualTo("count");
        assertThat(NameCase.camelCase("BlogPost")).isEqualTo("blogPost");
    }

    @Test
    void upperSnakeCaseSplitsWordsAndAcronyms() {
        assertThat(NameCase.upperSnakeCase("createdAt")).isEqualTo("CREATED_AT");
        assertThat(NameCase.upperSnakeCase("urlPath")).isEqualTo("URL_PATH");
        assertThat(NameCase.upperSnakeCase("userID")).isEqualTo("USER_ID");
        assertThat(NameCase.upperSnakeCase("URLPath")).isEqualTo("URL_PATH");
        assertThat(NameCase.upperSnakeCase("http2Port")).isEqualTo("HTTP2_PORT");
        assertThat(NameCase.upperSnakeCase("id")).isEqualTo("ID");
        assertThat(NameCase.upperSnakeCase("default_")).isEqualTo("DEFAULT_");
    }

}
