using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Training.Data.Migrations
{
    /// <inheritdoc />
    public partial class TrainingMaterials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "training_materials",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title_bg = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    title_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    title_fr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    competencies = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_materials", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_material_versions",
                columns: table => new
                {
                    material_id = table.Column<Guid>(type: "uuid", nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    size = table.Column<long>(type: "bigint", nullable: true),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    external_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_material_versions", x => new { x.material_id, x.language });
                    table.CheckConstraint("ck_training_material_versions_file_or_link", "(external_url IS NULL AND file_name IS NOT NULL AND content_type IS NOT NULL AND size IS NOT NULL AND sha256 IS NOT NULL) OR (external_url IS NOT NULL AND file_name IS NULL AND content_type IS NULL AND size IS NULL AND sha256 IS NULL)");
                    table.CheckConstraint("ck_training_material_versions_language", "language IN ('bg', 'en', 'fr')");
                    table.ForeignKey(
                        name: "FK_training_material_versions_training_materials_material_id",
                        column: x => x.material_id,
                        principalTable: "training_materials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_material_contents",
                columns: table => new
                {
                    material_id = table.Column<Guid>(type: "uuid", nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_material_contents", x => new { x.material_id, x.language });
                    table.ForeignKey(
                        name: "FK_training_material_contents_training_material_versions_mater~",
                        columns: x => new { x.material_id, x.language },
                        principalTable: "training_material_versions",
                        principalColumns: new[] { "material_id", "language" },
                        onDelete: ReferentialAction.Cascade);
                });

            // PDF, DOCX, PPTX and MP4 are compressed already: kept out of line without trying to compress them again.
            migrationBuilder.Sql("ALTER TABLE training_material_contents ALTER COLUMN bytes SET STORAGE EXTERNAL;");

            migrationBuilder.CreateIndex(
                name: "IX_training_material_versions_language",
                table: "training_material_versions",
                column: "language");

            migrationBuilder.CreateIndex(
                name: "IX_training_materials_created_at",
                table: "training_materials",
                column: "created_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "training_material_contents");

            migrationBuilder.DropTable(
                name: "training_material_versions");

            migrationBuilder.DropTable(
                name: "training_materials");
        }
    }
}
