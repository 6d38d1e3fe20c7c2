package dev.goofer.sharding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dev.goofer.fixture.tenant.AuditEntryCreate;
import dev.goofer.fixture.tenant.CountryCreate;
import dev.goofer.fixture.tenant.CustomerCreate;
import dev.goofer.fixture.tenant.GooferClient;
import dev.goofer.fixture.tenant.OrderCreate;
import dev.goofer.fixture.tenant.Plan;
import dev.goofer.fixture.tenant.ReviewCreate;

/**
 * Random but reproducible data of the tenant schema: 12 tenants with 6 to 14 customers
 * each (duplicate names, scores and dates, null emails, balances, ratings and countries),
 * up to 4 orders per customer, 60 reviews, 4 countries and 10 audit entries. Names are
 * lowercase ASCII so that every collation sorts them alike.
 */
final class TenantWorkload {

    static final List<String> COUNTRIES = List.of("BE", "DE", "FR", "NL");

    static final List<String> NAMES = List.of("ada", "bob", "cy", "dee", "eve", "fay", "gus", "hal");

    static final List<String> STATUSES = List.of("new", "paid", "shipped");

    static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

    final List<int[]> customerKeys = new ArrayList<>();

    final List<String> customerIds = new ArrayList<>();

    final List<String> reviewIds = new ArrayList<>();

    private final List<CountryCreate> countries = new ArrayList<>();

    private final List<CustomerCreate> customers = new ArrayList<>();

    private final List<OrderCreate> orders = new ArrayList<>();

    private final List<ReviewCreate> reviews = new ArrayList<>();

    private final List<AuditEntryCreate> audits = new ArrayList<>();

    TenantWorkload(long seed) {
        Random random = new Random(seed);
        for (String code : COUNTRIES) {
            this.countries.add(CountryCreate.builder().code(code).name("country " + code.toLowerCase()).build());
        }
        int orderNo = 0;
        for (int tenant = 1; tenant <= 12; tenant++) {
            int count = 6 + random.nextInt(9);
            for (int i = 0; i < count; i++) {
                String id = "c" + tenant + "-" + i;
                String name = NAMES.get(random.nextInt(NAMES.size()));
                CustomerCreate.Builder customer = CustomerCreate.builder()
                    .tenantId(tenant)
                    .id(id)
                    .name(name)
                    .email((random.nextInt(10) < 3) ? null : name + i + "@x.org")
                    .plan(Plan.values()[random.nextInt(Plan.values().length)])
                    .score(random.nextInt(40))
                    .balance((random.nextInt(4) == 0) ? null : BigDecimal.valueOf(random.nextInt(100_000), 2))
                    .rating((random.nextInt(4) == 0) ? null : random.nextInt(50) / 10.0)
                    .createdAt(START.plusSeconds(60L * random.nextInt(500)))
                    .countryCode((random.nextInt(5) == 0) ? null : COUNTRIES.get(random.nextInt(COUNTRIES.size())));
                this.customers.add(customer.build());
                this.customerKeys.add(new int[] { tenant, i });
                this.customerIds.add(id);
                for (int o = random.nextInt(5); o > 0; o--) {
                    this.orders.add(OrderCreate.builder()
                        .tenantId(tenant)
                        .id("o" + (orderNo++))
                        .customerId(id)
                        .total(1 + random.nextInt(300))
                        .status(STATUSES.get(random.nextInt(STATUSES.size())))
                        .note((random.nextBoolean()) ? null : "note " + random.nextInt(5))
                        .build());
                }
            }
        }
        for (int i = 0; i < 60; i++) {
            int[] key = this.customerKeys.get(random.nextInt(this.customerKeys.size()));
            String id = new UUID(random.nextLong(), random.nextLong()).toString();
            this.reviewIds.add(id);
            this.reviews.add(ReviewCreate.builder()
                .id(id)
                .tenantId(key[0])
                .customerId("c" + key[0] + "-" + key[1])
                .stars(1 + random.nextInt(5))
                .build());
        }
        for (int i = 0; i < 10; i++) {
            this.audits.add(AuditEntryCreate.builder().id(i + 1).message("entry " + i).tenantId(1 + i).build());
        }
    }

    void insertInto(GooferClient client) {
        client.country().createMany(this.countries).execute();
        client.customer().createMany(this.customers).execute();
        client.order().createMany(this.orders).execute();
        client.review().createMany(this.reviews).execute();
        client.auditEntry().createMany(this.audits).execute();
    }

    int customers() {
        return this.customers.size();
    }

}
