-- The shop fixture's tables as Prisma Migrate creates them on PostgreSQL.
CREATE TYPE "product_status" AS ENUM ('ACTIVE', 'archived');
CREATE TABLE "products" (
    "id" TEXT NOT NULL,
    "sku_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "product_status" NOT NULL DEFAULT 'ACTIVE',
    "price" DECIMAL(65,30) NOT NULL,
    "weight" DOUBLE PRECISION,
    "stock" INTEGER NOT NULL DEFAULT 0,
    "serial" BIGINT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "released_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,
    "attributes" JSONB,
    "image" BYTEA,
    CONSTRAINT "products_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "details" (
    "product_id" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    CONSTRAINT "details_pkey" PRIMARY KEY ("product_id")
);
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "parent_id" INTEGER,
    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Line" (
    "order_no" INTEGER NOT NULL,
    "product_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    CONSTRAINT "Line_pkey" PRIMARY KEY ("order_no","product_id")
);
CREATE TABLE "Token" (
    "id" TEXT NOT NULL,
    "v4" TEXT NOT NULL,
    "shortId" TEXT NOT NULL,
    "sortable" TEXT NOT NULL,
    "c1" TEXT NOT NULL,
    "c2" TEXT NOT NULL,
    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Listing" (
    "id" SERIAL NOT NULL,
    "labels" TEXT[],
    "scores" INTEGER[],
    "statuses" "product_status"[],
    CONSTRAINT "Listing_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "_CategoryToProduct" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_CategoryToProduct_AB_pkey" PRIMARY KEY ("A","B")
);
CREATE UNIQUE INDEX "products_sku_code_key" ON "products"("sku_code");
CREATE UNIQUE INDEX "products_name_status_key" ON "products"("name", "status");
CREATE INDEX "_CategoryToProduct_B_index" ON "_CategoryToProduct"("B");
ALTER TABLE "details" ADD CONSTRAINT "details_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Category" ADD CONSTRAINT "Category_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Line" ADD CONSTRAINT "Line_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "_CategoryToProduct" ADD CONSTRAINT "_CategoryToProduct_A_fkey" FOREIGN KEY ("A") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_CategoryToProduct" ADD CONSTRAINT "_CategoryToProduct_B_fkey" FOREIGN KEY ("B") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
