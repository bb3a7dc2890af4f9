using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Training.Data.Migrations
{
    /// <inheritdoc />
    public partial class TrainingSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "certificate_serials");

            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "practitioners",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "bg");

            migrationBuilder.AddColumn<string>(
                name: "user_id",
                table: "practitioners",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "decision_makers",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "bg");

            migrationBuilder.CreateTable(
                name: "training_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    region_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    framework_version = table.Column<int>(type: "integer", nullable: false),
                    trainer_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    agenda = table.Column<string>(type: "jsonb", nullable: false),
                    questions = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_sessions", x => x.id);
                    table.CheckConstraint("ck_training_sessions_capacity", "capacity BETWEEN 1 AND 200");
                    table.CheckConstraint("ck_training_sessions_dates", "ends_on >= starts_on");
                    table.ForeignKey(
                        name: "FK_training_sessions_competency_framework_versions_framework_v~",
                        column: x => x.framework_version,
                        principalTable: "competency_framework_versions",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "certificates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    serial = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "nextval('certificate_serials')"),
                    verification_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    holder_id = table.Column<Guid>(type: "uuid", nullable: false),
                    holder_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    training_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revocation_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificates", x => x.id);
                    table.ForeignKey(
                        name: "FK_certificates_training_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "training_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    enrolled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    region_overridden = table.Column<bool>(type: "boolean", nullable: false),
                    days_attended = table.Column<List<int>>(type: "integer[]", nullable: false),
                    pre_test_answers = table.Column<List<int>>(type: "integer[]", nullable: true),
                    post_test_answers = table.Column<List<int>>(type: "integer[]", nullable: true),
                    reaction_ratings = table.Column<List<int>>(type: "integer[]", nullable: true),
                    completed = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enrolments", x => x.id);
                    table.ForeignKey(
                        name: "FK_enrolments_training_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "training_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    supervisor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    training_session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    practitioner_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    cases_discussed = table.Column<int>(type: "integer", nullable: false),
                    competencies = table.Column<List<string>>(type: "text[]", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_sessions", x => x.id);
                    table.CheckConstraint("ck_supervision_sessions_cases", "cases_discussed >= 0");
                    table.ForeignKey(
                        name: "FK_supervision_sessions_training_sessions_training_session_id",
                        column: x => x.training_session_id,
                        principalTable: "training_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_practitioners_user_id",
                table: "practitioners",
                column: "user_id",
                unique: true,
                filter: "user_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_certificates_holder_id",
                table: "certificates",
                column: "holder_id");

            migrationBuilder.CreateIndex(
                name: "IX_certificates_serial",
                table: "certificates",
                column: "serial",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_session_id_holder_id",
                table: "certificates",
                columns: new[] { "session_id", "holder_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_verification_code",
                table: "certificates",
                column: "verification_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enrolments_participant_id",
                table: "enrolments",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "IX_enrolments_session_id_participant_id",
                table: "enrolments",
                columns: new[] { "session_id", "participant_id" },
                unique: true,
                filter: "status <> 'Withdrawn'");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_sessions_region_code_held_on",
                table: "supervision_sessions",
                columns: new[] { "region_code", "held_on" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_sessions_training_session_id",
                table: "supervision_sessions",
                column: "training_session_id");

            migrationBuilder.CreateIndex(
                name: "IX_training_sessions_framework_version",
                table: "training_sessions",
                column: "framework_version");

            migrationBuilder.CreateIndex(
                name: "IX_training_sessions_region_code_starts_on",
                table: "training_sessions",
                columns: new[] { "region_code", "starts_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certificates");

            migrationBuilder.DropTable(
                name: "enrolments");

            migrationBuilder.DropTable(
                name: "supervision_sessions");

            migrationBuilder.DropTable(
                name: "training_sessions");

            migrationBuilder.DropIndex(
                name: "IX_practitioners_user_id",
                table: "practitioners");

            migrationBuilder.DropColumn(
                name: "language",
                table: "practitioners");

            migrationBuilder.DropColumn(
                name: "user_id",
                table: "practitioners");

            migrationBuilder.DropColumn(
                name: "language",
                table: "decision_makers");

            migrationBuilder.DropSequence(
                name: "certificate_serials");
        }
    }
}
