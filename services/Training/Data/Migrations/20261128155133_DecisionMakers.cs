using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Training.Data.Migrations
{
    /// <inheritdoc />
    public partial class DecisionMakers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "decision_makers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_makers", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_decision_makers_body_registered_at",
                table: "decision_makers",
                columns: new[] { "body", "registered_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decision_makers");
        }
    }
}
