using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Network.Data.Migrations
{
    /// <inheritdoc />
    public partial class Cooperation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "institutions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name_bg = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_institutions", x => x.id);
                    table.ForeignKey(
                        name: "fk_institutions_judicial_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "judicial_regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "territorial_teams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    formed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_territorial_teams", x => x.id);
                    table.ForeignKey(
                        name: "fk_territorial_teams_judicial_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "judicial_regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cooperation_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    victim_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    age_group = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    opened_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assessment_on_time = table.Column<bool>(type: "boolean", nullable: true),
                    lead_institution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    feedback_invited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    closed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    effective = table.Column<bool>(type: "boolean", nullable: false),
                    criteria_met = table.Column<List<string>>(type: "text[]", nullable: false),
                    evaluated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cooperation_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_cooperation_cases_institutions_lead_institution_id",
                        column: x => x.lead_institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cooperation_cases_judicial_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "judicial_regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "team_members",
                columns: table => new
                {
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    practitioner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    account_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_team_members", x => new { x.team_id, x.practitioner_id });
                    table.ForeignKey(
                        name: "fk_team_members_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_team_members_roster_members_practitioner_id",
                        column: x => x.practitioner_id,
                        principalTable: "roster_members",
                        principalColumn: "practitioner_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_team_members_territorial_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "territorial_teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cooperation_cases_lead_institution_id",
                table: "cooperation_cases",
                column: "lead_institution_id");

            migrationBuilder.CreateIndex(
                name: "ix_cooperation_cases_region_code_closed_at",
                table: "cooperation_cases",
                columns: new[] { "region_code", "closed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_cooperation_cases_victim_id",
                table: "cooperation_cases",
                column: "victim_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_institutions_region_code_name_bg",
                table: "institutions",
                columns: new[] { "region_code", "name_bg" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_team_members_account_id",
                table: "team_members",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_team_members_institution_id",
                table: "team_members",
                column: "institution_id");

            migrationBuilder.CreateIndex(
                name: "ix_team_members_practitioner_id",
                table: "team_members",
                column: "practitioner_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_territorial_teams_region_code",
                table: "territorial_teams",
                column: "region_code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cooperation_cases");

            migrationBuilder.DropTable(
                name: "team_members");

            migrationBuilder.DropTable(
                name: "institutions");

            migrationBuilder.DropTable(
                name: "territorial_teams");
        }
    }
}
