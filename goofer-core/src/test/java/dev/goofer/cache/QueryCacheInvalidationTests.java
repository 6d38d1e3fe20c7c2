package dev.goofer.cache;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.execution.QueryOptions;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.metadata.IndexField;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.Provider;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.metadata.UniqueConstraint;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Operation;
import dev.goofer.query.Projection;
import org.junit.jupiter.api.Test;

import static dev.goofer.cache.BlogOperations.CACHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which writes make which cached results stale (blog fixture: Profile cascades from User,
 * Post references User with a cascading update, Post and Tag are many-to-many).
 */
class QueryCacheInvalidationTests {

    private final FakeDatabase database = new FakeDatabase();

    private final CachingQueryExecutor cache = CachingQueryExecutor.builder(this.database, GooferSchema.SCHEMA)
        .executor(Runnable::run)
        .build();

    /** Whether the read is served from the cache after the write. */
    private boolean survives(Operation<?> read, Operation<?> write) {
        Object before = this.cache.execute(read, CACHED);
        assertThat(this.cache.execute(read, CACHED)).isSameAs(before);
        this.cache.execute(write, QueryOptions.DEFAULT);
        return this.cache.execute(read, CACHED) == before;
    }

    @Test
    void writeToAModelMakesItsReadsStale() {
        assertThat(survives(BlogOperations.user(1), BlogOperations.renameUser(2, "Grace"))).isFalse();
        assertThat(survives(BlogOperations.tags(), BlogOperations.createTag("java"))).isFalse();
        assertThat(survives(BlogOperations.postCount(), BlogOperations.connectTag(1, "java"))).isFalse();
    }

    @Test
    void writeToAnUnrelatedModelKeepsResults() {
        assertThat(survives(BlogOperations.users(), BlogOperations.createTag("java"))).isTrue();
        assertThat(survives(BlogOperations.tags(), BlogOperations.updateProfile(1, "Hi"))).isTrue();
        assertThat(survives(BlogOperations.users(), BlogOperations.updateProfile(1, "Hi"))).isTrue();
    }

    @Test
    void readsThroughIncludesCountsAndOrderingsDependOnTheRelatedModel() {
        assertThat(survives(BlogOperations.usersWithPosts(), BlogOperations.connectTag(1, "java"))).isFalse();
        assertThat(survives(BlogOperations.usersWithPostCounts(), BlogOperations.connectTag(1, "java"))).isFalse();
        assertThat(survives(BlogOperations.usersByPostCount(), BlogOperations.connectTag(1, "java"))).isFalse();
        assertThat(survives(BlogOperations.postsByAuthorName(), BlogOperations.renameUser(1, "Ada"))).isFalse();
    }

    @Test
    void relationFiltersAtAnyDepthDependOnEveryModelTheyCross() {
        assertThat(survives(BlogOperations.usersWritingAbout("java"), BlogOperations.createTag("java"))).isFalse();
        assertThat(survives(BlogOperations.usersWritingAbout("java"), BlogOperations.connectTag(1, "java"))).isFalse();
        assertThat(survives(BlogOperations.usersWritingAbout("java"), BlogOperations.updateProfile(1, "Hi"))).isTrue();
    }

    @Test
    void nestedWritesMakeEveryModelTheyReachStale() {
        assertThat(survives(BlogOperations.tags(), BlogOperations.connectTag(1, "java"))).isFalse();
    }

    @Test
    void writesToAModelMakeModelsItsReferentialActionsChangeStale() {
        assertThat(survives(BlogOperations.profiles(), BlogOperations.deleteUser(1))).isFalse();
        assertThat(survives(BlogOperations.postCount(), BlogOperations.renameUser(1, "Ada"))).isFalse();
        assertThat(survives(BlogOperations.tags(), BlogOperations.deleteUser(1))).isTrue();
    }

    @Test
    void rawQueriesDependOnTheirDeclaredModelsOrOnEverything() {
        assertThat(survives(BlogOperations.rawQuery("SELECT 1", "Tag"), BlogOperations.renameUser(1, "Ada"))).isTrue();
        assertThat(survives(BlogOperations.rawQuery("SELECT 1", "Tag"), BlogOperations.createTag("java"))).isFalse();
        assertThat(survives(BlogOperations.rawQuery("SELECT 1"), BlogOperations.createTag("java"))).isFalse();
        assertThat(survives(BlogOperations.rawQuery("SELECT 1", "Unknown"), BlogOperations.createTag("java")))
            .isFalse();
    }

    @Test
    void rawStatementsInvalidateTheirDeclaredModelsOrEverything() {
        assertThat(survives(BlogOperations.users(), BlogOperations.rawExecute("DELETE FROM \"Tag\"", "Tag"))).isTrue();
        assertThat(survives(BlogOperations.tags(), BlogOperations.rawExecute("DELETE FROM \"Tag\"", "tag"))).isFalse();
        assertThat(survives(BlogOperations.profiles(), BlogOperations.rawExecute("DELETE FROM \"User\"", "User")))
            .isFalse();
        assertThat(survives(BlogOperations.users(), BlogOperations.rawExecute("VACUUM"))).isFalse();
    }

    @Test
    void readsOfViewsDependOnEveryModelBecauseTheirTablesAreUnknown() {
        ModelMeta view = new ModelMeta("UserEmail", "user_emails", null, true,
                List.of(ScalarFieldMeta.of("email", ScalarType.STRING)), null,
                List.of(new UniqueConstraint(List.of(IndexField.of("email")), null, "user_emails_email_key")),
                List.of(), List.of(), false, null);
        List<ModelMeta> models = new ArrayList<>(GooferSchema.SCHEMA.models());
        models.add(view);
        SchemaMeta schema = new SchemaMeta(Provider.POSTGRESQL, true, models, GooferSchema.SCHEMA.enums());
        CachingQueryExecutor withView = CachingQueryExecutor.builder(this.database, schema)
            .executor(Runnable::run)
            .build();
        Operation<?> emails = new Operation.FindMany(view, FindArgs.ALL, Projection.RECORDS, "find_many");
        Object before = withView.execute(emails, CACHED);
        assertThat(withView.execute(emails, CACHED)).isSameAs(before);
        withView.execute(BlogOperations.renameUser(1, "Ada"), QueryOptions.DEFAULT);
        assertThat(withView.execute(emails, CACHED)).isNotSameAs(before);
    }

    @Test
    void failedWritesStillInvalidateBecauseTheirEffectIsUnknown() {
        this.cache.execute(BlogOperations.users(), CACHED);
        this.database.writeFailure = new IllegalStateException("connection lost during commit");
        assertThatThrownBy(() -> this.cache.execute(BlogOperations.renameUser(1, "Ada"), QueryOptions.DEFAULT))
            .hasMessageContaining("connection lost");
        assertThat(this.cache.execute(BlogOperations.users(), CACHED)).isEqualTo(List.of(2));
    }

    @Test
    void readRacingWithAWriteIsNotStored() {
        this.database.duringNextRead = () -> this.cache.execute(BlogOperations.renameUser(1, "Ada"),
                QueryOptions.DEFAULT);
        assertThat(this.cache.execute(BlogOperations.users(), CACHED)).isEqualTo(List.of(1));
        assertThat(this.cache.stats().size()).isZero();
        assertThat(this.cache.execute(BlogOperations.users(), CACHED)).isEqualTo(List.of(2));
        assertThat(this.cache.execute(BlogOperations.users(), CACHED)).isEqualTo(List.of(2));
    }

    @Test
    void explicitInvalidationCoversWritesMadeOutsideGoofer() {
        this.cache.execute(BlogOperations.users(), CACHED);
        this.cache.execute(BlogOperations.tags(), CACHED);
        this.cache.invalidate("Tag");
        assertThat(this.cache.execute(BlogOperations.users(), CACHED)).isEqualTo(List.of(1));
        assertThat(this.cache.execute(BlogOperations.tags(), CACHED)).isEqualTo(List.of(3));
        this.cache.invalidateAll();
        assertThat(this.cache.execute(BlogOperations.users(), CACHED)).isEqualTo(List.of(4));
        assertThat(this.cache.stats().invalidations()).isEqualTo(2);
    }

    @Test
    void staleEntriesAreDroppedOnLookupOrCleanUp() {
        this.cache.execute(BlogOperations.users(), CACHED);
        this.cache.execute(BlogOperations.user(1), CACHED);
        this.cache.execute(BlogOperations.renameUser(1, "Ada"), QueryOptions.DEFAULT);
        assertThat(this.cache.stats().size()).isEqualTo(2);
        this.cache.execute(BlogOperations.users(), CACHED);
        assertThat(this.cache.stats().staleDiscards()).isEqualTo(1);
        this.cache.cleanUp();
        assertThat(this.cache.stats().staleDiscards()).isEqualTo(2);
        assertThat(this.cache.stats().size()).isEqualTo(1);
    }

}
