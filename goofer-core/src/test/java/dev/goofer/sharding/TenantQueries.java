package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.goofer.client.Fetch;
import dev.goofer.client.FindManyQuery;
import dev.goofer.client.GroupByQuery;
import dev.goofer.client.Order;
import dev.goofer.client.Where;
import dev.goofer.fixture.tenant.Country;
import dev.goofer.fixture.tenant.CountryFields;
import dev.goofer.fixture.tenant.Customer;
import dev.goofer.fixture.tenant.CustomerFields;
import dev.goofer.fixture.tenant.CustomerWhereUnique;
import dev.goofer.fixture.tenant.GooferClient;
import dev.goofer.fixture.tenant.OrderFields;
import dev.goofer.fixture.tenant.Plan;
import dev.goofer.fixture.tenant.Review;
import dev.goofer.fixture.tenant.ReviewFields;
import dev.goofer.query.Aggregation;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Operation;
import dev.goofer.query.OrderBy;

/**
 * Random reads of the tenant schema built with the typed client: conditions with and
 * without the shard key, orderings with nulls, paging with negative takes, cursors,
 * distinct, selections, includes of co-located and remote relations, counts, aggregates
 * and group-bys.
 */
final class TenantQueries {

    private final Random random;

    private final GooferClient db;

    private final TenantWorkload workload;

    TenantQueries(long seed, GooferClient db, TenantWorkload workload) {
        this.random = new Random(seed);
        this.db = db;
        this.workload = workload;
    }

    private boolean chance(int percent) {
        return this.random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> values) {
        return values.get(this.random.nextInt(values.size()));
    }

    Where<Customer> customerWhere() {
        List<Where<Customer>> conditions = new ArrayList<>();
        int tenants = this.random.nextInt(5);
        if (tenants == 1) {
            conditions.add(CustomerFields.TENANT_ID.eq(1 + this.random.nextInt(12)));
        }
        else if (tenants == 2) {
            List<Integer> in = new ArrayList<>();
            for (int i = this.random.nextInt(5); i >= 0; i--) {
                in.add(1 + this.random.nextInt(12));
            }
            conditions.add(CustomerFields.TENANT_ID.in(in));
        }
        else if (tenants == 3) {
            conditions.add(CustomerFields.TENANT_ID.eq(1 + this.random.nextInt(12))
                .or(CustomerFields.TENANT_ID.eq(1 + this.random.nextInt(12))));
        }
        if (chance(30)) {
            conditions.add(CustomerFields.SCORE.gt(this.random.nextInt(40)));
        }
        if (chance(20)) {
            conditions.add(CustomerFields.PLAN.in(pick(List.of(Plan.TRIAL, Plan.PRO)), pick(List.of(Plan.FREE))));
        }
        if (chance(15)) {
            conditions.add(CustomerFields.NAME.startsWith(pick(TenantWorkload.NAMES).substring(0, 1)));
        }
        if (chance(15)) {
            conditions.add(chance(50) ? CustomerFields.EMAIL.isNull() : CustomerFields.EMAIL.isNotNull());
        }
        if (chance(15)) {
            conditions.add(CustomerFields.COUNTRY.is(CountryFields.CODE.in(pick(TenantWorkload.COUNTRIES), "NL")));
        }
        if (chance(10)) {
            conditions.add(CustomerFields.ORDERS.some(OrderFields.TOTAL.gt(this.random.nextInt(300))));
        }
        Where<Customer> where = Where.all();
        for (Where<Customer> condition : conditions) {
            where = where.and(condition);
        }
        return where;
    }

    private List<Order<Customer>> customerOrder() {
        List<Order<Customer>> orders = new ArrayList<>();
        for (int i = this.random.nextInt(3); i > 0; i--) {
            boolean desc = this.random.nextBoolean();
            OrderBy.Nulls nulls = pick(java.util.Arrays.asList(null, OrderBy.Nulls.FIRST, OrderBy.Nulls.LAST));
            switch (this.random.nextInt(8)) {
                case 0 -> orders.add(desc ? CustomerFields.SCORE.desc() : CustomerFields.SCORE.asc());
                case 1 -> orders.add(desc ? CustomerFields.NAME.desc() : CustomerFields.NAME.asc());
                case 2 -> orders.add(desc ? CustomerFields.CREATED_AT.desc() : CustomerFields.CREATED_AT.asc());
                case 3 -> orders.add(nullable(CustomerFields.BALANCE.meta(), desc, nulls));
                case 4 -> orders.add(nullable(CustomerFields.RATING.meta(), desc, nulls));
                case 5 -> orders.add(desc ? CustomerFields.PLAN.desc() : CustomerFields.PLAN.asc());
                case 6 -> orders.add(nullable(CustomerFields.EMAIL.meta(), desc, nulls));
                default -> orders.add(desc ? CustomerFields.ID.desc() : CustomerFields.ID.asc());
            }
        }
        return orders;
    }

    private static Order<Customer> nullable(dev.goofer.metadata.ScalarFieldMeta field, boolean desc,
            OrderBy.Nulls nulls) {
        return Order.of(new OrderBy.Field(field,
                desc ? dev.goofer.metadata.SortOrder.DESC : dev.goofer.metadata.SortOrder.ASC, nulls));
    }

    Operation.FindMany customerFindMany(boolean includes) {
        FindManyQuery<Customer, Customer> query = this.db.customer().findMany().where(customerWhere());
        List<Order<Customer>> orders = customerOrder();
        for (Order<Customer> order : orders) {
            query.orderBy(order);
        }
        if (chance(50)) {
            int take = 1 + this.random.nextInt(15);
            query.take(chance(25) ? -take : take);
        }
        if (chance(30)) {
            query.skip(this.random.nextInt(12));
        }
        if (chance(15)) {
            int[] key = pick(this.workload.customerKeys);
            query.cursor(CustomerWhereUnique.tenantId_id(key[0], "c" + key[0] + "-" + key[1]));
        }
        if (chance(15)) {
            switch (this.random.nextInt(3)) {
                case 0 -> query.distinct(CustomerFields.PLAN);
                case 1 -> query.distinct(CustomerFields.COUNTRY_CODE);
                default -> query.distinct(CustomerFields.PLAN, CustomerFields.COUNTRY_CODE);
            }
        }
        if (includes) {
            List<Fetch<Customer>> fetches = new ArrayList<>();
            if (chance(50)) {
                fetches.add(CustomerFields.ORDERS.orderBy(OrderFields.TOTAL.desc()).take(1 + this.random.nextInt(3)));
            }
            if (chance(40)) {
                fetches.add(CustomerFields.COUNTRY);
            }
            if (chance(50)) {
                fetches.add(chance(50) ? CustomerFields.REVIEWS
                        : CustomerFields.REVIEWS.orderBy(ReviewFields.STARS.desc())
                            .skip(this.random.nextInt(2))
                            .take(-2));
            }
            if (chance(40)) {
                fetches.add(CustomerFields.REVIEWS.count());
            }
            if (chance(30)) {
                fetches.add(CustomerFields.ORDERS.count(OrderFields.STATUS.eq("paid")));
            }
            for (Fetch<Customer> fetch : fetches) {
                query.include(fetch);
            }
        }
        Operation.FindMany full = query.operation();
        if (chance(20)) {
            Operation.FindMany selected = this.db.customer()
                .findMany()
                .select(CustomerFields.NAME, CustomerFields.SCORE, CustomerFields.REVIEWS.count())
                .operation();
            return new Operation.FindMany(full.model(), full.args(), selected.projection(), full.name());
        }
        return full;
    }

    Operation.FindMany reviewFindMany() {
        FindManyQuery<Review, Review> query = this.db.review().findMany();
        if (chance(40)) {
            query.where(ReviewFields.STARS.gte(1 + this.random.nextInt(5)));
        }
        if (chance(20)) {
            query.where(ReviewFields.ID.in(pick(this.workload.reviewIds), pick(this.workload.reviewIds)));
        }
        if (chance(60)) {
            query.orderBy(ReviewFields.STARS.desc(), ReviewFields.TENANT_ID.asc()).take(1 + this.random.nextInt(20));
        }
        if (chance(50)) {
            query.include(ReviewFields.CUSTOMER);
        }
        else {
            query.include(ReviewFields.CUSTOMER.include(CustomerFields.ORDERS.orderBy(OrderFields.ID.asc()).take(2)));
        }
        return query.operation();
    }

    Operation.FindMany countryFindMany() {
        FindManyQuery<Country, Country> query = this.db.country().findMany().orderBy(CountryFields.CODE.asc());
        query.include(CountryFields.CUSTOMERS.where(CustomerFields.SCORE.gt(this.random.nextInt(40)))
            .orderBy(CustomerFields.NAME.asc())
            .take(1 + this.random.nextInt(6)), CountryFields.CUSTOMERS.count());
        return query.operation();
    }

    Operation.FindMany orderFindMany() {
        FindManyQuery<dev.goofer.fixture.tenant.Order, dev.goofer.fixture.tenant.Order> query = this.db.order()
            .findMany()
            .where(chance(50) ? OrderFields.STATUS.eq(pick(TenantWorkload.STATUSES))
                    : OrderFields.TENANT_ID.in(1 + this.random.nextInt(12), 1 + this.random.nextInt(12)))
            .orderBy(OrderFields.TOTAL.desc())
            .take(1 + this.random.nextInt(30));
        if (chance(50)) {
            query.include(OrderFields.CUSTOMER.include(CustomerFields.COUNTRY));
        }
        return query.operation();
    }

    Operation.Count count() {
        FindArgs args = FindArgs.ALL.withWhere(customerWhere().filter());
        if (chance(30)) {
            args = args
                .withOrderBy(List
                    .of(new OrderBy.Field(CustomerFields.SCORE.meta(), dev.goofer.metadata.SortOrder.DESC, null)))
                .withTake(chance(30) ? -(1 + this.random.nextInt(20)) : 1 + this.random.nextInt(20))
                .withSkip(chance(50) ? this.random.nextInt(5) : null);
        }
        return new Operation.Count(CustomerFields.META, args,
                chance(50) ? List.of(CustomerFields.EMAIL.meta(), CustomerFields.BALANCE.meta()) : List.of());
    }

    Operation.Aggregate aggregate() {
        FindArgs args = FindArgs.ALL.withWhere(customerWhere().filter());
        if (chance(30)) {
            args = args
                .withOrderBy(List
                    .of(new OrderBy.Field(CustomerFields.CREATED_AT.meta(), dev.goofer.metadata.SortOrder.ASC, null)))
                .withTake(1 + this.random.nextInt(25))
                .withSkip(chance(50) ? this.random.nextInt(5) : null);
        }
        List<Aggregation> aggregations = new ArrayList<>();
        aggregations.add(new Aggregation(Aggregation.Function.COUNT, null));
        aggregations.add(new Aggregation(Aggregation.Function.COUNT, CustomerFields.RATING.meta()));
        aggregations.add(new Aggregation(Aggregation.Function.SUM, CustomerFields.SCORE.meta()));
        aggregations.add(new Aggregation(Aggregation.Function.SUM, CustomerFields.BALANCE.meta()));
        aggregations.add(new Aggregation(Aggregation.Function.SUM, CustomerFields.RATING.meta()));
        aggregations.add(new Aggregation(Aggregation.Function.AVG, CustomerFields.SCORE.meta()));
        aggregations.add(new Aggregation(Aggregation.Function.AVG, CustomerFields.BALANCE.meta()));
        aggregations.add(new Aggregation(Aggregation.Function.AVG, CustomerFields.RATING.meta()));
        aggregations.add(new Aggregation(Aggregation.Function.MIN, CustomerFields.NAME.meta()));
        aggregations.add(new Aggregation(Aggregation.Function.MAX, CustomerFields.CREATED_AT.meta()));
        aggregations.add(new Aggregation(Aggregation.Function.MIN, CustomerFields.PLAN.meta()));
        aggregations.add(new Aggregation(Aggregation.Function.MAX, CustomerFields.BALANCE.meta()));
        return new Operation.Aggregate(CustomerFields.META, args, aggregations);
    }

    /** A group-by, and whether its ordering fixes the order of its groups. */
    Operation.GroupBy groupBy() {
        GroupByQuery<Customer> query;
        int by = this.random.nextInt(3);
        if (by == 0) {
            query = this.db.customer().groupBy(CustomerFields.PLAN);
        }
        else if (by == 1) {
            query = this.db.customer().groupBy(CustomerFields.COUNTRY_CODE);
        }
        else {
            query = this.db.customer().groupBy(CustomerFields.TENANT_ID, CustomerFields.PLAN);
        }
        query.where(customerWhere()).count().sum(CustomerFields.SCORE).avg(CustomerFields.RATING);
        query.min(CustomerFields.NAME).max(CustomerFields.BALANCE);
        if (chance(40)) {
            query.having(chance(50) ? CustomerFields.SCORE.sum().gt(this.random.nextInt(200))
                    : dev.goofer.client.AggregateExpr.<Customer>countAll()
                        .gte((long) this.random.nextInt(10))
                        .or(CustomerFields.RATING.avg().lt(2.5)));
        }
        if (chance(60)) {
            boolean desc = this.random.nextBoolean();
            if (by == 0) {
                query.orderBy(desc ? CustomerFields.PLAN.desc() : CustomerFields.PLAN.asc());
            }
            else if (by == 1) {
                query.orderBy(nullable(CustomerFields.COUNTRY_CODE.meta(), desc,
                        pick(java.util.Arrays.asList(null, OrderBy.Nulls.FIRST, OrderBy.Nulls.LAST))));
            }
            else {
                query.orderBy(CustomerFields.SCORE.sum().desc(), CustomerFields.TENANT_ID.asc(),
                        CustomerFields.PLAN.asc());
            }
            if (chance(60)) {
                int take = 1 + this.random.nextInt(8);
                query.take(chance(30) ? -take : take);
            }
            if (chance(40)) {
                query.skip(this.random.nextInt(4));
            }
        }
        return query.operation();
    }

}
