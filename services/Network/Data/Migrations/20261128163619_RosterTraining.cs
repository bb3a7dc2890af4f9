using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Network.Data.Migrations
{
    /// <inheritdoc />
    public partial class RosterTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "trained_at",
                table: "roster_members",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "trained_at",
                table: "roster_members");
        }
    }
}
