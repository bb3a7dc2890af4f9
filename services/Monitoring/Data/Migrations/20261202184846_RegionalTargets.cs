using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Monitoring.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegionalTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "regional_targets",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    indicator = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    target = table.Column<double>(type: "double precision", nullable: false),
                    set_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regional_targets", x => new { x.region_code, x.indicator });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "regional_targets");
        }
    }
}
