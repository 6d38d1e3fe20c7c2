-- The shop fixture's tables as Prisma Migrate creates them on SQLite (without Listing:
-- SQLite has no scalar lists).
CREATE TABLE "products" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sku_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "price" DECIMAL NOT NULL,
    "weight" REAL,
    "stock" INTEGER NOT NULL DEFAULT 0,
    "serial" BIGINT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "released_at" DATETIME,
    "updated_at" DATETIME NOT NULL,
    "attributes" JSONB,
    "image" BLOB
);
CREATE TABLE "details" (
    "product_id" TEXT NOT NULL PRIMARY KEY,
    "notes" TEXT NOT NULL,
    CONSTRAINT "details_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "parent_id" INTEGER,
    CONSTRAINT "Category_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "Category" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE TABLE "Line" (
    "order_no" INTEGER NOT NULL,
    "product_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    PRIMARY KEY ("order_no", "product_id"),
    CONSTRAINT "Line_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE TABLE "Token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "v4" TEXT NOT NULL,
    "shortId" TEXT NOT NULL,
    "sortable" TEXT NOT NULL,
    "c1" TEXT NOT NULL,
    "c2" TEXT NOT NULL
);
CREATE TABLE "_CategoryToProduct" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_CategoryToProduct_A_fkey" FOREIGN KEY ("A") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CategoryToProduct_B_fkey" FOREIGN KEY ("B") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "products_sku_code_key" ON "products"("sku_code");
CREATE UNIQUE INDEX "products_name_status_key" ON "products"("name", "status");
CREATE UNIQUE INDEX "_CategoryToProduct_AB_unique" ON "_CategoryToProduct"("A", "B");
CREATE INDEX "_CategoryToProduct_B_index" ON "_CategoryToProduct"("B");
