package dev.goofer.ddl;

import java.util.List;

import dev.goofer.ddl.catalog.Catalog;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.diff.Migration;
import dev.goofer.ddl.diff.SchemaDiffer;
import dev.goofer.ddl.render.ScriptRenderer;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.metadata.SchemaMeta;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreateScriptTests {

    @Test
    void blogScriptOnPostgresqlIsWhatPrismaMigrateWrites() {
        assertThat(SchemaManager.createScript(GooferSchema.SCHEMA, DialectKind.POSTGRESQL)).isEqualTo(
                """
                        -- CreateEnum
                        CREATE TYPE "Role" AS ENUM ('USER', 'admin');

                        -- CreateTable
                        CREATE TABLE "Post" (
                            "id" SERIAL NOT NULL,
                            "title" TEXT NOT NULL,
                            "published" BOOLEAN NOT NULL DEFAULT false,
                            "views" INTEGER NOT NULL DEFAULT 0,
                            "authorId" INTEGER NOT NULL,

                            CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
                        );

                        -- CreateTable
                        CREATE TABLE "Profile" (
                            "id" SERIAL NOT NULL,
                            "bio" TEXT NOT NULL,
                            "userId" INTEGER NOT NULL,

                            CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
                        );

                        -- CreateTable
                        CREATE TABLE "Tag" (
                            "id" SERIAL NOT NULL,
                            "name" TEXT NOT NULL,

                            CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
                        );

                        -- CreateTable
                        CREATE TABLE "User" (
                            "id" SERIAL NOT NULL,
                            "email" TEXT NOT NULL,
                            "name" TEXT,
                            "role" "Role" NOT NULL DEFAULT 'USER',
                            "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

                            CONSTRAINT "User_pkey" PRIMARY KEY ("id")
                        );

                        -- CreateTable
                        CREATE TABLE "_PostToTag" (
                            "A" INTEGER NOT NULL,
                            "B" INTEGER NOT NULL,

                            CONSTRAINT "_PostToTag_AB_pkey" PRIMARY KEY ("A","B")
                        );

                        -- CreateIndex
                        CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");

                        -- CreateIndex
                        CREATE UNIQUE INDEX "Profile_userId_key" ON "Profile"("userId");

                        -- CreateIndex
                        CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

                        -- CreateIndex
                        CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

                        -- CreateIndex
                        CREATE INDEX "_PostToTag_B_index" ON "_PostToTag"("B");

                        -- AddForeignKey
                        ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

                        -- AddForeignKey
                        ALTER TABLE "Profile" ADD CONSTRAINT "Profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

                        -- AddForeignKey
                        ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

                        -- AddForeignKey
                        ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
                        """);
    }

    @Test
    void blogScriptOnMysqlIsWhatPrismaMigrateWrites() {
        assertThat(SchemaManager.createScript(GooferSchema.SCHEMA, DialectKind.MYSQL)).isEqualTo(
                """
                        -- CreateTable
                        CREATE TABLE `Post` (
                            `id` INTEGER NOT NULL AUTO_INCREMENT,
                            `title` VARCHAR(191) NOT NULL,
                            `published` BOOLEAN NOT NULL DEFAULT false,
                            `views` INTEGER NOT NULL DEFAULT 0,
                            `authorId` INTEGER NOT NULL,

                            INDEX `Post_authorId_idx`(`authorId`),
                            PRIMARY KEY (`id`)
                        ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

                        -- CreateTable
                        CREATE TABLE `Profile` (
                            `id` INTEGER NOT NULL AUTO_INCREMENT,
                            `bio` VARCHAR(191) NOT NULL,
                            `userId` INTEGER NOT NULL,

                            UNIQUE INDEX `Profile_userId_key`(`userId`),
                            PRIMARY KEY (`id`)
                        ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

                        -- CreateTable
                        CREATE TABLE `Tag` (
                            `id` INTEGER NOT NULL AUTO_INCREMENT,
                            `name` VARCHAR(191) NOT NULL,

                            UNIQUE INDEX `Tag_name_key`(`name`),
                            PRIMARY KEY (`id`)
                        ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

                        -- CreateTable
                        CREATE TABLE `User` (
                            `id` INTEGER NOT NULL AUTO_INCREMENT,
                            `email` VARCHAR(191) NOT NULL,
                            `name` VARCHAR(191) NULL,
                            `role` ENUM('USER', 'admin') NOT NULL DEFAULT 'USER',
                            `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

                            UNIQUE INDEX `User_email_key`(`email`),
                            PRIMARY KEY (`id`)
                        ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

                        -- CreateTable
                        CREATE TABLE `_PostToTag` (
                            `A` INTEGER NOT NULL,
                            `B` INTEGER NOT NULL,

                            UNIQUE INDEX `_PostToTag_AB_unique`(`A`, `B`),
                            INDEX `_PostToTag_B_index`(`B`)
                        ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

                        -- AddForeignKey
                        ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

                        -- AddForeignKey
                        ALTER TABLE `Profile` ADD CONSTRAINT `Profile_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

                        -- AddForeignKey
                        ALTER TABLE `_PostToTag` ADD CONSTRAINT `_PostToTag_A_fkey` FOREIGN KEY (`A`) REFERENCES `Post`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

                        -- AddForeignKey
                        ALTER TABLE `_PostToTag` ADD CONSTRAINT `_PostToTag_B_fkey` FOREIGN KEY (`B`) REFERENCES `Tag`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
                        """);
    }

    @Test
    void blogScriptOnSqliteIsWhatPrismaMigrateWrites() {
        assertThat(SchemaManager.createScript(GooferSchema.SCHEMA, DialectKind.SQLITE)).isEqualTo(
                """
                        -- CreateTable
                        CREATE TABLE "Post" (
                            "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                            "title" TEXT NOT NULL,
                            "published" BOOLEAN NOT NULL DEFAULT false,
                            "views" INTEGER NOT NULL DEFAULT 0,
                            "authorId" INTEGER NOT NULL,
                            CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
                        );

                        -- CreateTable
                        CREATE TABLE "Profile" (
                            "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                            "bio" TEXT NOT NULL,
                            "userId" INTEGER NOT NULL,
                            CONSTRAINT "Profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
                        );

                        -- CreateTable
                        CREATE TABLE "Tag" (
                            "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                            "name" TEXT NOT NULL
                        );

                        -- CreateTable
                        CREATE TABLE "User" (
                            "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                            "email" TEXT NOT NULL,
                            "name" TEXT,
                            "role" TEXT NOT NULL DEFAULT 'USER',
                            "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
                        );

                        -- CreateTable
                        CREATE TABLE "_PostToTag" (
                            "A" INTEGER NOT NULL,
                            "B" INTEGER NOT NULL,
                            CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
                            CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
                        );

                        -- CreateIndex
                        CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");

                        -- CreateIndex
                        CREATE UNIQUE INDEX "Profile_userId_key" ON "Profile"("userId");

                        -- CreateIndex
                        CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

                        -- CreateIndex
                        CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

                        -- CreateIndex
                        CREATE UNIQUE INDEX "_PostToTag_AB_unique" ON "_PostToTag"("A", "B");

                        -- CreateIndex
                        CREATE INDEX "_PostToTag_B_index" ON "_PostToTag"("B");
                        """);
    }

    @Test
    void alteringATableOnPostgresqlCastsTypesAndCombinesClauses() {
        assertThat(script(DialectKind.POSTGRESQL)).isEqualTo("""
                -- DropIndex
                DROP INDEX "Book_title_idx";

                -- AlterTable
                ALTER TABLE "Book" ALTER COLUMN "year" SET DATA TYPE BIGINT USING ("year"::BIGINT);
                ALTER TABLE "Book" DROP COLUMN "subtitle",
                ADD COLUMN "pages" INTEGER NOT NULL DEFAULT 100;

                -- CreateTable
                CREATE TABLE "Review" (
                    "id" SERIAL NOT NULL,
                    "stars" INTEGER NOT NULL,

                    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
                );
                """);
    }

    @Test
    void alteringATableOnMysqlModifiesColumns() {
        assertThat(script(DialectKind.MYSQL)).isEqualTo("""
                -- DropIndex
                DROP INDEX `Book_title_idx` ON `Book`;

                -- AlterTable
                ALTER TABLE `Book` DROP COLUMN `subtitle`,
                    MODIFY `year` BIGINT NOT NULL,
                    ADD COLUMN `pages` INTEGER NOT NULL DEFAULT 100;

                -- CreateTable
                CREATE TABLE `Review` (
                    `id` INTEGER NOT NULL AUTO_INCREMENT,
                    `stars` INTEGER NOT NULL,

                    PRIMARY KEY (`id`)
                ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                """);
    }

    @Test
    void alteringATableOnSqliteRebuildsIt() {
        assertThat(script(DialectKind.SQLITE)).isEqualTo(
                """
                        -- RedefineTables
                        PRAGMA defer_foreign_keys=ON;
                        PRAGMA foreign_keys=OFF;
                        CREATE TABLE "new_Book" (
                            "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                            "title" TEXT NOT NULL,
                            "year" BIGINT NOT NULL,
                            "authorId" INTEGER NOT NULL,
                            "pages" INTEGER NOT NULL DEFAULT 100,
                            CONSTRAINT "Book_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
                        );
                        INSERT INTO "new_Book" ("id", "title", "year", "authorId") SELECT "id", "title", "year", "authorId" FROM "Book";
                        DROP TABLE "Book";
                        ALTER TABLE "new_Book" RENAME TO "Book";
                        PRAGMA foreign_keys=ON;
                        PRAGMA defer_foreign_keys=OFF;

                        -- CreateTable
                        CREATE TABLE "Review" (
                            "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                            "stars" INTEGER NOT NULL
                        );
                        """);
    }

    private static String script(DialectKind dialect) {
        SchemaMeta previous = SchemaPushSuite.library((v) -> {
            v.subtitle = true;
            v.titleIndex = true;
        });
        SchemaMeta next = SchemaPushSuite.library((v) -> {
            v.withReview = true;
            v.bigYear = true;
            v.pagesWithDefault = true;
        });
        Catalog from = SchemaManager.catalog(previous, dialect);
        Migration migration = SchemaDiffer.diff(dialect, from, SchemaManager.catalog(next, dialect));
        return ScriptRenderer.render(dialect, migration, List.of());
    }

}
