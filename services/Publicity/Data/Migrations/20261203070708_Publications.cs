using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Publicity.Data.Migrations
{
    /// <inheritdoc />
    public partial class Publications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "publications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title_bg = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    summary_bg = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    body_bg = table.Column<string>(type: "character varying(30000)", maxLength: 30000, nullable: false),
                    title_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    summary_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    body_en = table.Column<string>(type: "character varying(30000)", maxLength: 30000, nullable: true),
                    title_fr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    summary_fr = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    body_fr = table.Column<string>(type: "character varying(30000)", maxLength: 30000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_films",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title_bg = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    title_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    title_fr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    description_bg = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_fr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    competencies = table.Column<List<string>>(type: "text[]", nullable: false),
                    published = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_films", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "publication_files",
                columns: table => new
                {
                    publication_id = table.Column<Guid>(type: "uuid", nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publication_files", x => new { x.publication_id, x.language });
                    table.ForeignKey(
                        name: "fk_publication_files_publications_publication_id",
                        column: x => x.publication_id,
                        principalTable: "publications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "film_versions",
                columns: table => new
                {
                    film_id = table.Column<Guid>(type: "uuid", nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    external_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    size = table.Column<long>(type: "bigint", nullable: true),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_film_versions", x => new { x.film_id, x.language });
                    table.ForeignKey(
                        name: "fk_film_versions_training_films_film_id",
                        column: x => x.film_id,
                        principalTable: "training_films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "publication_file_contents",
                columns: table => new
                {
                    publication_id = table.Column<Guid>(type: "uuid", nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publication_file_contents", x => new { x.publication_id, x.language });
                    table.ForeignKey(
                        name: "fk_publication_file_contents_publication_files_publication_id_",
                        columns: x => new { x.publication_id, x.language },
                        principalTable: "publication_files",
                        principalColumns: new[] { "publication_id", "language" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "film_version_contents",
                columns: table => new
                {
                    film_id = table.Column<Guid>(type: "uuid", nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_film_version_contents", x => new { x.film_id, x.language });
                    table.ForeignKey(
                        name: "fk_film_version_contents_film_versions_film_id_language",
                        columns: x => new { x.film_id, x.language },
                        principalTable: "film_versions",
                        principalColumns: new[] { "film_id", "language" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_publications_state_published_at",
                table: "publications",
                columns: new[] { "state", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_training_films_published_created_at",
                table: "training_films",
                columns: new[] { "published", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "film_version_contents");

            migrationBuilder.DropTable(
                name: "publication_file_contents");

            migrationBuilder.DropTable(
                name: "film_versions");

            migrationBuilder.DropTable(
                name: "publication_files");

            migrationBuilder.DropTable(
                name: "training_films");

            migrationBuilder.DropTable(
                name: "publications");
        }
    }
}
