package dev.goofer.integration;

import java.util.List;

import dev.goofer.fixture.shop.Listing;
import dev.goofer.fixture.shop.ListingCreate;
import dev.goofer.fixture.shop.ListingFields;
import dev.goofer.fixture.shop.ListingUpdate;
import dev.goofer.fixture.shop.ListingWhereUnique;
import dev.goofer.fixture.shop.Status;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scalar lists, which only PostgreSQL stores (as arrays).
 */
@Databases(DatabaseKind.POSTGRESQL)
class PostgresScalarListTests extends ShopDatabase {

    private static Listing listing(List<String> labels, List<Integer> scores, List<Status> statuses) {
        return db.listing()
            .create(ListingCreate.builder().labels(labels).scores(scores).statuses(statuses).build())
            .execute();
    }

    @Test
    void listsRoundTripAndFilter() {
        Listing first = listing(List.of("new", "sale"), List.of(1, 2, 3), List.of(Status.ARCHIVED));
        listing(List.of(), List.of(5), List.of(Status.ACTIVE, Status.ARCHIVED));
        assertThat(first.labels()).containsExactly("new", "sale");
        assertThat(first.scores()).containsExactly(1, 2, 3);
        assertThat(first.statuses()).containsExactly(Status.ARCHIVED);
        assertThat(ids(ListingFields.LABELS.has("sale"))).containsExactly(first.id());
        assertThat(ids(ListingFields.SCORES.hasSome(List.of(3, 5)))).hasSize(2);
        assertThat(ids(ListingFields.SCORES.hasEvery(List.of(1, 3)))).containsExactly(first.id());
        assertThat(ids(ListingFields.LABELS.isEmpty())).hasSize(1).doesNotContain(first.id());
        assertThat(ids(ListingFields.LABELS.isNotEmpty())).containsExactly(first.id());
        assertThat(ids(ListingFields.SCORES.eq(List.of(1, 2, 3)))).containsExactly(first.id());
        assertThat(ids(ListingFields.STATUSES.has(Status.ACTIVE))).hasSize(1).doesNotContain(first.id());
        assertThat(ids(ListingFields.STATUSES.hasEvery(List.of(Status.ARCHIVED)))).hasSize(2);
    }

    @Test
    void pushAppendsToLists() {
        Listing listing = listing(List.of("a"), List.of(), List.of());
        Listing updated = db.listing()
            .update(ListingWhereUnique.id(listing.id()),
                    ListingUpdate.builder()
                        .pushLabels(List.of("b", "c"))
                        .pushScores(List.of(9))
                        .pushStatuses(List.of(Status.ACTIVE))
                        .build())
            .execute();
        assertThat(updated.labels()).containsExactly("a", "b", "c");
        assertThat(updated.scores()).containsExactly(9);
        assertThat(updated.statuses()).containsExactly(Status.ACTIVE);
    }

    private static List<Integer> ids(dev.goofer.client.Where<Listing> where) {
        return db.listing().findMany().where(where).fetch().stream().map(Listing::id).toList();
    }

}
