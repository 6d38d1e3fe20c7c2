-- The shop fixture's tables as Prisma Migrate creates them on MySQL and MariaDB (without
-- Listing: MySQL has no scalar lists).
CREATE TABLE `products` (
    `id` VARCHAR(191) NOT NULL,
    `sku_code` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `status` ENUM('ACTIVE', 'archived') NOT NULL DEFAULT 'ACTIVE',
    `price` DECIMAL(65, 30) NOT NULL,
    `weight` DOUBLE NULL,
    `stock` INTEGER NOT NULL DEFAULT 0,
    `serial` BIGINT NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `released_at` DATETIME(3) NULL,
    `updated_at` DATETIME(3) NOT NULL,
    `attributes` JSON NULL,
    `image` LONGBLOB NULL,
    UNIQUE INDEX `products_sku_code_key`(`sku_code`),
    UNIQUE INDEX `products_name_status_key`(`name`, `status`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE TABLE `details` (
    `product_id` VARCHAR(191) NOT NULL,
    `notes` VARCHAR(191) NOT NULL,
    PRIMARY KEY (`product_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE TABLE `Category` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(191) NOT NULL,
    `parent_id` INTEGER NULL,
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE TABLE `Line` (
    `order_no` INTEGER NOT NULL,
    `product_id` VARCHAR(191) NOT NULL,
    `quantity` INTEGER NOT NULL,
    PRIMARY KEY (`order_no`, `product_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE TABLE `Token` (
    `id` VARCHAR(191) NOT NULL,
    `v4` VARCHAR(191) NOT NULL,
    `shortId` VARCHAR(191) NOT NULL,
    `sortable` VARCHAR(191) NOT NULL,
    `c1` VARCHAR(191) NOT NULL,
    `c2` VARCHAR(191) NOT NULL,
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE TABLE `_CategoryToProduct` (
    `A` INTEGER NOT NULL,
    `B` VARCHAR(191) NOT NULL,
    UNIQUE INDEX `_CategoryToProduct_AB_unique`(`A`, `B`),
    INDEX `_CategoryToProduct_B_index`(`B`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE `details` ADD CONSTRAINT `details_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Category` ADD CONSTRAINT `Category_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `Category`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Line` ADD CONSTRAINT `Line_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `_CategoryToProduct` ADD CONSTRAINT `_CategoryToProduct_A_fkey` FOREIGN KEY (`A`) REFERENCES `Category`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `_CategoryToProduct` ADD CONSTRAINT `_CategoryToProduct_B_fkey` FOREIGN KEY (`B`) REFERENCES `products`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
