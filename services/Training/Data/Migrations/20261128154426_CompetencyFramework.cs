using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Justice.Training.Data.Migrations
{
    /// <inheritdoc />
    public partial class CompetencyFramework : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "competency_framework_versions",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_competency_framework_versions", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "framework_competencies",
                columns: table => new
                {
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    name_bg = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_fr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_framework_competencies", x => new { x.version_number, x.code });
                    table.ForeignKey(
                        name: "FK_framework_competencies_competency_framework_versions_versio~",
                        column: x => x.version_number,
                        principalTable: "competency_framework_versions",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "profile_requirements",
                columns: table => new
                {
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    profession = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    competency_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profile_requirements", x => new { x.version_number, x.profession, x.competency_code });
                    table.CheckConstraint("ck_profile_requirements_level", "level BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "FK_profile_requirements_competency_framework_versions_version_~",
                        column: x => x.version_number,
                        principalTable: "competency_framework_versions",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "competency_framework_versions",
                columns: new[] { "number", "created_at", "published_at" },
                values: new object[] { 1, new DateTimeOffset(new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null });

            migrationBuilder.InsertData(
                table: "framework_competencies",
                columns: new[] { "code", "version_number", "name_bg", "name_en", "name_fr" },
                values: new object[,]
                {
                    { "C1", 1, "Информиране на пострадалите за техните права", "Informing victims of their rights", "Informer les victimes de leurs droits" },
                    { "C2", 1, "Оценка на емоционалното, психичното и социалното състояние на пострадалия", "Assessing the victim's emotional, mental and social state", "Évaluer l'état émotionnel, psychique et social de la victime" },
                    { "C3", 1, "Разпознаване на признаците и симптомите на насилие", "Recognising the signs and symptoms of violence", "Reconnaître les signes et symptômes de la violence" },
                    { "C4", 1, "Извършване на индивидуална оценка и споделяне на резултатите", "Carrying out an individual assessment and sharing its findings", "Réaliser une évaluation individuelle et en partager les conclusions" },
                    { "C5", 1, "Улесняване на разпита чрез специализирано изслушване", "Facilitating the interview through specialised hearing", "Faciliter l'audition par une audition spécialisée" },
                    { "C6", 1, "Партньорство с други институции", "Partnering with other institutions", "Coopérer avec les autres institutions" },
                    { "C7", 1, "Професионално развитие", "Professional development", "Développement professionnel" },
                    { "C8", 1, "Етични правила и кодекс на поведение", "Ethical rules and code of conduct", "Règles éthiques et code de déontologie" }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "framework_competencies");

            migrationBuilder.DropTable(
                name: "profile_requirements");

            migrationBuilder.DropTable(
                name: "competency_framework_versions");
        }
    }
}
