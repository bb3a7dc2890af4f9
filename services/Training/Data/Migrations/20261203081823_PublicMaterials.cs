using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Training.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublicMaterials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "public",
                table: "training_materials",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "public",
                table: "training_materials");
        }
    }
}
