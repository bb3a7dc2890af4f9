using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Network.Data.Migrations
{
    /// <inheritdoc />
    /// <remarks>Keys, foreign keys and indexes take their snake_case names by renaming: nothing is dropped or rebuilt.</remarks>
    public partial class SnakeCaseNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"roster_members\" RENAME CONSTRAINT \"FK_roster_members_judicial_regions_region_code\" TO \"fk_roster_members_judicial_regions_region_code\";");

            migrationBuilder.Sql("ALTER TABLE \"security_audit\" RENAME CONSTRAINT \"PK_security_audit\" TO \"pk_security_audit\";");

            migrationBuilder.Sql("ALTER TABLE \"roster_members\" RENAME CONSTRAINT \"PK_roster_members\" TO \"pk_roster_members\";");

            migrationBuilder.Sql("ALTER TABLE \"outbox_messages\" RENAME CONSTRAINT \"PK_outbox_messages\" TO \"pk_outbox_messages\";");

            migrationBuilder.Sql("ALTER TABLE \"judicial_regions\" RENAME CONSTRAINT \"PK_judicial_regions\" TO \"pk_judicial_regions\";");

            migrationBuilder.Sql("ALTER TABLE \"inbox_messages\" RENAME CONSTRAINT \"PK_inbox_messages\" TO \"pk_inbox_messages\";");

            migrationBuilder.RenameIndex(
                name: "IX_security_audit_occurred_at",
                table: "security_audit",
                newName: "ix_security_audit_occurred_at");

            migrationBuilder.RenameIndex(
                name: "IX_roster_members_region_code_profession",
                table: "roster_members",
                newName: "ix_roster_members_region_code_profession");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"roster_members\" RENAME CONSTRAINT \"fk_roster_members_judicial_regions_region_code\" TO \"FK_roster_members_judicial_regions_region_code\";");

            migrationBuilder.Sql("ALTER TABLE \"security_audit\" RENAME CONSTRAINT \"pk_security_audit\" TO \"PK_security_audit\";");

            migrationBuilder.Sql("ALTER TABLE \"roster_members\" RENAME CONSTRAINT \"pk_roster_members\" TO \"PK_roster_members\";");

            migrationBuilder.Sql("ALTER TABLE \"outbox_messages\" RENAME CONSTRAINT \"pk_outbox_messages\" TO \"PK_outbox_messages\";");

            migrationBuilder.Sql("ALTER TABLE \"judicial_regions\" RENAME CONSTRAINT \"pk_judicial_regions\" TO \"PK_judicial_regions\";");

            migrationBuilder.Sql("ALTER TABLE \"inbox_messages\" RENAME CONSTRAINT \"pk_inbox_messages\" TO \"PK_inbox_messages\";");

            migrationBuilder.RenameIndex(
                name: "ix_security_audit_occurred_at",
                table: "security_audit",
                newName: "IX_security_audit_occurred_at");

            migrationBuilder.RenameIndex(
                name: "ix_roster_members_region_code_profession",
                table: "roster_members",
                newName: "IX_roster_members_region_code_profession");
        }
    }
}
