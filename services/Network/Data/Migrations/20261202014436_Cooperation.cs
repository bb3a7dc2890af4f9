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
                name: "support_councils",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    region_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    established_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_councils", x => x.id);
                    table.CheckConstraint("ck_support_councils_kind_region", "(kind = 'national' AND region_code IS NULL) OR (kind = 'public' AND region_code IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_support_councils_judicial_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "judicial_regions",
                        principalColumn: "code");
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
                name: "victim_measures",
                columns: table => new
                {
                    victim_id = table.Column<Guid>(type: "uuid", nullable: false),
                    measure = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    accepted = table.Column<bool>(type: "boolean", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    applied = table.Column<bool>(type: "boolean", nullable: true),
                    applied_on = table.Column<DateOnly>(type: "date", nullable: true),
                    application_reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_victim_measures", x => new { x.victim_id, x.measure });
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
                    assessment_version = table.Column<int>(type: "integer", nullable: true),
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
                name: "council_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    council_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_council_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_council_members_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_council_members_support_councils_council_id",
                        column: x => x.council_id,
                        principalTable: "support_councils",
                        principalColumn: "id",
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

            migrationBuilder.CreateTable(
                name: "working_meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    council_id = table.Column<Guid>(type: "uuid", nullable: true),
                    region_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    agenda = table.Column<List<string>>(type: "text[]", nullable: false),
                    attendees = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    decisions = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    minutes_file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    minutes_content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    minutes_size = table.Column<long>(type: "bigint", nullable: true),
                    minutes_sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    minutes_uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    minutes_uploaded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_meetings", x => x.id);
                    table.CheckConstraint("ck_working_meetings_minutes", "(minutes_sha256 IS NULL AND minutes_file_name IS NULL AND minutes_content_type IS NULL AND minutes_size IS NULL AND minutes_uploaded_at IS NULL AND minutes_uploaded_by IS NULL) OR (minutes_sha256 IS NOT NULL AND minutes_file_name IS NOT NULL AND minutes_content_type IS NOT NULL AND minutes_size IS NOT NULL AND minutes_uploaded_at IS NOT NULL AND minutes_uploaded_by IS NOT NULL)");
                    table.CheckConstraint("ck_working_meetings_owner", "(team_id IS NULL) <> (council_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_working_meetings_support_councils_council_id",
                        column: x => x.council_id,
                        principalTable: "support_councils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_working_meetings_territorial_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "territorial_teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_conferences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    held_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    institution_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    decisions = table.Column<List<string>>(type: "text[]", nullable: false),
                    on_time = table.Column<bool>(type: "boolean", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_conferences", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_conferences_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cooperation_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_plan_actions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    responsible_institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    done_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_plan_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_plan_actions_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cooperation_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_plan_actions_institutions_responsible_institution_id",
                        column: x => x.responsible_institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_plan_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_plan_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_plan_reviews_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cooperation_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forensic_interviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    interviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    adapted_premises = table.Column<bool>(type: "boolean", nullable: false),
                    audiovisual_recording = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_forensic_interviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_forensic_interviews_cooperation_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cooperation_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_forensic_interviews_roster_members_interviewer_id",
                        column: x => x.interviewer_id,
                        principalTable: "roster_members",
                        principalColumn: "practitioner_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    from_institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    due_by = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consent_given = table.Column<bool>(type: "boolean", nullable: false),
                    consent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consent_form = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    rejected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rejected_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    revocation_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    overdue_reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.CheckConstraint("ck_referrals_consent_given", "consent_given");
                    table.CheckConstraint("ck_referrals_state", "state IN ('Sent', 'Accepted', 'Rejected', 'Completed', 'Revoked')");
                    table.CheckConstraint("ck_referrals_two_institutions", "from_institution_id <> to_institution_id");
                    table.ForeignKey(
                        name: "fk_referrals_cooperation_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cooperation_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_institutions_from_institution_id",
                        column: x => x.from_institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_institutions_to_institution_id",
                        column: x => x.to_institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_judicial_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "judicial_regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "victim_informed",
                columns: table => new
                {
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    right_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    informed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_victim_informed", x => new { x.case_id, x.right_code });
                    table.ForeignKey(
                        name: "fk_victim_informed_cooperation_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cooperation_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_victim_informed_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_minutes_files",
                columns: table => new
                {
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_minutes_files", x => x.meeting_id);
                    table.ForeignKey(
                        name: "fk_meeting_minutes_files_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "working_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_conferences_case_id_kind_held_at",
                table: "case_conferences",
                columns: new[] { "case_id", "kind", "held_at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_plan_actions_case_id",
                table: "case_plan_actions",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_plan_actions_responsible_institution_id",
                table: "case_plan_actions",
                column: "responsible_institution_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_plan_reviews_case_id",
                table: "case_plan_reviews",
                column: "case_id");

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
                name: "ix_council_members_council_id_organisation",
                table: "council_members",
                columns: new[] { "council_id", "organisation" },
                unique: true,
                filter: "removed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_council_members_council_id_single_role",
                table: "council_members",
                columns: new[] { "council_id", "role" },
                unique: true,
                filter: "removed_at IS NULL AND role IN ('chair', 'secretary')");

            migrationBuilder.CreateIndex(
                name: "ix_council_members_institution_id",
                table: "council_members",
                column: "institution_id");

            migrationBuilder.CreateIndex(
                name: "ix_forensic_interviews_case_id_held_at",
                table: "forensic_interviews",
                columns: new[] { "case_id", "held_at" });

            migrationBuilder.CreateIndex(
                name: "ix_forensic_interviews_interviewer_id",
                table: "forensic_interviews",
                column: "interviewer_id");

            migrationBuilder.CreateIndex(
                name: "ix_institutions_region_code_name_bg",
                table: "institutions",
                columns: new[] { "region_code", "name_bg" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_case_id_issued_at",
                table: "referrals",
                columns: new[] { "case_id", "issued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_from_institution_id",
                table: "referrals",
                column: "from_institution_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_open_by_due_by",
                table: "referrals",
                columns: new[] { "region_code", "due_by" },
                filter: "state IN ('Sent', 'Accepted')");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_overdue_unreported",
                table: "referrals",
                column: "due_by",
                filter: "state IN ('Sent', 'Accepted') AND overdue_reported_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_to_institution_id",
                table: "referrals",
                column: "to_institution_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_councils_region_code",
                table: "support_councils",
                column: "region_code",
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

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

            migrationBuilder.CreateIndex(
                name: "ix_victim_informed_institution_id",
                table: "victim_informed",
                column: "institution_id");

            migrationBuilder.CreateIndex(
                name: "ix_working_meetings_council_id_held_on",
                table: "working_meetings",
                columns: new[] { "council_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_working_meetings_team_id_held_on",
                table: "working_meetings",
                columns: new[] { "team_id", "held_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_conferences");

            migrationBuilder.DropTable(
                name: "case_plan_actions");

            migrationBuilder.DropTable(
                name: "case_plan_reviews");

            migrationBuilder.DropTable(
                name: "council_members");

            migrationBuilder.DropTable(
                name: "forensic_interviews");

            migrationBuilder.DropTable(
                name: "meeting_minutes_files");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "team_members");

            migrationBuilder.DropTable(
                name: "victim_informed");

            migrationBuilder.DropTable(
                name: "victim_measures");

            migrationBuilder.DropTable(
                name: "working_meetings");

            migrationBuilder.DropTable(
                name: "cooperation_cases");

            migrationBuilder.DropTable(
                name: "support_councils");

            migrationBuilder.DropTable(
                name: "territorial_teams");

            migrationBuilder.DropTable(
                name: "institutions");
        }
    }
}
