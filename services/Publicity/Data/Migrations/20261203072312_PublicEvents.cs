using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Publicity.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublicEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "public_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    region_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    participants = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    description_bg = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    description_fr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    title_bg = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_fr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    consent_wording = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    consented_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    confirmation_code_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    confirmation_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancellation_token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attended = table.Column<bool>(type: "boolean", nullable: false),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registrations", x => x.id);
                    table.ForeignKey(
                        name: "fk_registrations_public_events_event_id",
                        column: x => x.event_id,
                        principalTable: "public_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_public_events_starts_at",
                table: "public_events",
                column: "starts_at");

            migrationBuilder.CreateIndex(
                name: "ix_registrations_cancellation_token_hash",
                table: "registrations",
                column: "cancellation_token_hash",
                unique: true,
                filter: "cancellation_token_hash IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_registrations_confirmation_code_hash",
                table: "registrations",
                column: "confirmation_code_hash",
                unique: true,
                filter: "confirmation_code_hash IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_registrations_event_id_email",
                table: "registrations",
                columns: new[] { "event_id", "email" },
                unique: true,
                filter: "status IN ('pending', 'confirmed', 'waitlisted') AND email IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_registrations_event_id_status_confirmed_at",
                table: "registrations",
                columns: new[] { "event_id", "status", "confirmed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registrations");

            migrationBuilder.DropTable(
                name: "public_events");
        }
    }
}
