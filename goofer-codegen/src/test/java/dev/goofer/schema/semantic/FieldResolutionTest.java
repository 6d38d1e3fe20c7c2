package dev.goofer.schema.semantic;

import dev.goofer.schema.PrismaSchemas;
import dev.goofer.schema.ast.FieldArity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fields resolve to their kind, type, arity, defaults, names and native types.
 */
class FieldResolutionTest {

    @Test
    void fieldsKnowTheirKindTypeAndArity() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "postgresql"
                }

                enum Role {
                  USER
                }

                model User {
                  id      Int                  @id
                  name    String?
                  tags    String[]
                  role    Role
                  shape   Unsupported("circle")?
                  posts   Post[]
                }

                model Post {
                  id       Int  @id
                  authorId Int
                  author   User @relation(fields: [authorId], references: [id])
                }
                """);
        Model user = schema.model("User");
        assertThat(user.fields()).extracting(Field::kind)
            .containsExactly(FieldKind.SCALAR, FieldKind.SCALAR, FieldKind.SCALAR, FieldKind.ENUM,
                    FieldKind.UNSUPPORTED, FieldKind.RELATION);
        assertThat(user.fields()).extracting(Field::arity)
            .containsExactly(FieldArity.REQUIRED, FieldArity.OPTIONAL, FieldArity.LIST, FieldArity.REQUIRED,
                    FieldArity.OPTIONAL, FieldArity.LIST);
        ScalarField name = user.findScalarField("name").orElseThrow();
        assertThat(name.scalarType()).isEqualTo(ScalarType.STRING);
        assertThat(name.isOptional()).isTrue();
        assertThat(user.findScalarField("role").orElseThrow().enumType())
            .isSameAs(schema.findEnum("Role").orElseThrow());
        ScalarField shape = user.findScalarField("shape").orElseThrow();
        assertThat(shape.unsupportedType()).isEqualTo("circle");
        assertThat(shape.isIgnored()).isTrue();
        assertThat(user.scalarFields()).hasSize(5);
        assertThat(user.relationFields()).extracting(RelationField::name).containsExactly("posts");
        assertThat(name.model()).isSameAs(user);
    }

    @Test
    void defaultValuesAreResolvedWithTheirArguments() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "postgresql"
                }

                enum Role {
                  USER
                  ADMIN
                }

                model Defaults {
                  id      Int      @id @default(autoincrement())
                  u4      String   @default(uuid())
                  u7      String   @default(uuid(7))
                  c1      String   @default(cuid())
                  c2      String   @default(cuid(2))
                  ul      String   @default(ulid())
                  n       String   @default(nanoid(12))
                  now     DateTime @default(now())
                  db      String   @default(dbgenerated("gen_random_uuid()"))
                  text    String   @default("hi")
                  num     Decimal  @default(1.25)
                  flag    Boolean  @default(false)
                  role    Role     @default(ADMIN)
                  roles   Role[]   @default([USER])
                }
                """);
        Model model = schema.model("Defaults");
        assertThat(model.findScalarField("id").orElseThrow().defaultValue())
            .isEqualTo(new DefaultValue.Autoincrement());
        assertThat(model.findScalarField("id").orElseThrow().isAutoIncrement()).isTrue();
        assertThat(model.findScalarField("u4").orElseThrow().defaultValue()).isEqualTo(new DefaultValue.Uuid(4));
        assertThat(model.findScalarField("u7").orElseThrow().defaultValue()).isEqualTo(new DefaultValue.Uuid(7));
        assertThat(model.findScalarField("c1").orElseThrow().defaultValue()).isEqualTo(new DefaultValue.Cuid(1));
        assertThat(model.findScalarField("c2").orElseThrow().defaultValue()).isEqualTo(new DefaultValue.Cuid(2));
        assertThat(model.findScalarField("ul").orElseThrow().defaultValue()).isEqualTo(new DefaultValue.Ulid());
        assertThat(model.findScalarField("n").orElseThrow().defaultValue()).isEqualTo(new DefaultValue.Nanoid(12));
        assertThat(model.findScalarField("now").orElseThrow().defaultValue()).isEqualTo(new DefaultValue.Now());
        assertThat(model.findScalarField("db").orElseThrow().defaultValue())
            .isEqualTo(new DefaultValue.DbGenerated("gen_random_uuid()"));
        assertThat(model.findScalarField("text").orElseThrow().defaultValue())
            .isEqualTo(new DefaultValue.StringLiteral("hi"));
        assertThat(
                ((DefaultValue.NumberLiteral) model.findScalarField("num").orElseThrow().defaultValue()).decimalValue())
            .isEqualByComparingTo("1.25");
        assertThat(model.findScalarField("flag").orElseThrow().defaultValue())
            .isEqualTo(new DefaultValue.BooleanLiteral(false));
        assertThat(model.findScalarField("role").orElseThrow().defaultValue())
            .isEqualTo(new DefaultValue.EnumLiteral("ADMIN"));
        assertThat(model.findScalarField("roles").orElseThrow().defaultValue())
            .isEqualTo(new DefaultValue.ListLiteral(java.util.List.of(new DefaultValue.EnumLiteral("USER"))));
        assertThat(model.findScalarField("u4").orElseThrow().defaultValue().isClientGenerated()).isTrue();
        assertThat(model.findScalarField("db").orElseThrow().defaultValue().isDatabaseGenerated()).isTrue();
    }

    @Test
    void mappedNamesGiveDatabaseNames() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "mysql"
                }

                model User {
                  id        Int      @id @map("user_id")
                  createdAt DateTime @default(now()) @map("created_at")
                  updatedAt DateTime @updatedAt

                  @@map("users")
                }

                enum Status {
                  ACTIVE @map("active")
                  GONE

                  @@map("user_status")
                }
                """);
        Model user = schema.model("User");
        assertThat(user.mappedName()).isEqualTo("users");
        assertThat(user.databaseName()).isEqualTo("users");
        ScalarField id = user.findScalarField("id").orElseThrow();
        assertThat(id.mappedName()).isEqualTo("user_id");
        assertThat(id.databaseName()).isEqualTo("user_id");
        assertThat(user.findScalarField("updatedAt").orElseThrow().isUpdatedAt()).isTrue();
        assertThat(user.findScalarField("updatedAt").orElseThrow().databaseName()).isEqualTo("updatedAt");
        EnumType status = schema.findEnum("Status").orElseThrow();
        assertThat(status.databaseName()).isEqualTo("user_status");
        assertThat(status.values()).extracting(EnumValue::databaseName).containsExactly("active", "GONE");
        assertThat(status.findValue("ACTIVE").orElseThrow().mappedName()).isEqualTo("active");
    }

    @Test
    void nativeTypesAndDocumentationAreKept() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "postgresql"
                }

                /// A product.
                model Product {
                  /// The key.
                  id    String  @id @db.Uuid
                  price Decimal @db.Decimal(10, 2) /// in euros
                }
                """);
        Model product = schema.model("Product");
        assertThat(product.documentation()).isEqualTo("A product.");
        ScalarField price = product.findScalarField("price").orElseThrow();
        assertThat(price.nativeType()).isEqualTo(new NativeType("Decimal", java.util.List.of("10", "2")));
        assertThat(price.nativeType().toString()).isEqualTo("Decimal(10, 2)");
        assertThat(price.documentation()).isEqualTo("in euros");
        assertThat(product.findScalarField("id").orElseThrow().documentation()).isEqualTo("The key.");
        assertThat(product.findScalarField("id").orElseThrow().isId()).isTrue();
    }

    @Test
    void ignoredFieldsAndModelsAreMarked() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "sqlite"
                }

                model User {
                  id     Int    @id
                  secret String @ignore
                }

                model Legacy {
                  id Int @id

                  @@ignore
                }
                """);
        assertThat(schema.model("User").findScalarField("secret").orElseThrow().isIgnored()).isTrue();
        assertThat(schema.model("Legacy").isIgnored()).isTrue();
        assertThat(schema.model("Legacy").findScalarField("id").orElseThrow().isIgnored()).isTrue();
    }

}
