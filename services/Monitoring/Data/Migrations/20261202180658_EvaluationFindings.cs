using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Monitoring.Data.Migrations
{
    /// <inheritdoc />
    public partial class EvaluationFindings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evaluation_findings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    region_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recommendations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_findings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_findings_month_date",
                table: "evaluation_findings",
                columns: new[] { "month", "date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evaluation_findings");
        }
    }
}
