using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Training.Data.Migrations
{
    /// <inheritdoc />
    /// <remarks>Keys, foreign keys and indexes take their snake_case names by renaming: nothing is dropped or rebuilt.</remarks>
    public partial class SnakeCaseNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"certificates\" RENAME CONSTRAINT \"FK_certificates_training_sessions_session_id\" TO \"fk_certificates_training_sessions_session_id\";");

            migrationBuilder.Sql("ALTER TABLE \"enrolments\" RENAME CONSTRAINT \"FK_enrolments_training_sessions_session_id\" TO \"fk_enrolments_training_sessions_session_id\";");

            migrationBuilder.Sql("ALTER TABLE \"framework_competencies\" RENAME CONSTRAINT \"FK_framework_competencies_competency_framework_versions_versio~\" TO \"fk_framework_competencies_competency_framework_versions_versio\";");

            migrationBuilder.Sql("ALTER TABLE \"profile_requirements\" RENAME CONSTRAINT \"FK_profile_requirements_competency_framework_versions_version_~\" TO \"fk_profile_requirements_competency_framework_versions_version_\";");

            migrationBuilder.Sql("ALTER TABLE \"supervision_sessions\" RENAME CONSTRAINT \"FK_supervision_sessions_training_sessions_training_session_id\" TO \"fk_supervision_sessions_training_sessions_training_session_id\";");

            migrationBuilder.Sql("ALTER TABLE \"training_material_contents\" RENAME CONSTRAINT \"FK_training_material_contents_training_material_versions_mater~\" TO \"fk_training_material_contents_training_material_versions_mater\";");

            migrationBuilder.Sql("ALTER TABLE \"training_material_versions\" RENAME CONSTRAINT \"FK_training_material_versions_training_materials_material_id\" TO \"fk_training_material_versions_training_materials_material_id\";");

            migrationBuilder.Sql("ALTER TABLE \"training_sessions\" RENAME CONSTRAINT \"FK_training_sessions_competency_framework_versions_framework_v~\" TO \"fk_training_sessions_competency_framework_versions_framework_v\";");

            migrationBuilder.Sql("ALTER TABLE \"training_sessions\" RENAME CONSTRAINT \"PK_training_sessions\" TO \"pk_training_sessions\";");

            migrationBuilder.Sql("ALTER TABLE \"training_materials\" RENAME CONSTRAINT \"PK_training_materials\" TO \"pk_training_materials\";");

            migrationBuilder.Sql("ALTER TABLE \"training_material_versions\" RENAME CONSTRAINT \"PK_training_material_versions\" TO \"pk_training_material_versions\";");

            migrationBuilder.Sql("ALTER TABLE \"training_material_contents\" RENAME CONSTRAINT \"PK_training_material_contents\" TO \"pk_training_material_contents\";");

            migrationBuilder.Sql("ALTER TABLE \"supervision_sessions\" RENAME CONSTRAINT \"PK_supervision_sessions\" TO \"pk_supervision_sessions\";");

            migrationBuilder.Sql("ALTER TABLE \"security_audit\" RENAME CONSTRAINT \"PK_security_audit\" TO \"pk_security_audit\";");

            migrationBuilder.Sql("ALTER TABLE \"profile_requirements\" RENAME CONSTRAINT \"PK_profile_requirements\" TO \"pk_profile_requirements\";");

            migrationBuilder.Sql("ALTER TABLE \"practitioners\" RENAME CONSTRAINT \"PK_practitioners\" TO \"pk_practitioners\";");

            migrationBuilder.Sql("ALTER TABLE \"outbox_messages\" RENAME CONSTRAINT \"PK_outbox_messages\" TO \"pk_outbox_messages\";");

            migrationBuilder.Sql("ALTER TABLE \"inbox_messages\" RENAME CONSTRAINT \"PK_inbox_messages\" TO \"pk_inbox_messages\";");

            migrationBuilder.Sql("ALTER TABLE \"framework_competencies\" RENAME CONSTRAINT \"PK_framework_competencies\" TO \"pk_framework_competencies\";");

            migrationBuilder.Sql("ALTER TABLE \"enrolments\" RENAME CONSTRAINT \"PK_enrolments\" TO \"pk_enrolments\";");

            migrationBuilder.Sql("ALTER TABLE \"decision_makers\" RENAME CONSTRAINT \"PK_decision_makers\" TO \"pk_decision_makers\";");

            migrationBuilder.Sql("ALTER TABLE \"competency_framework_versions\" RENAME CONSTRAINT \"PK_competency_framework_versions\" TO \"pk_competency_framework_versions\";");

            migrationBuilder.Sql("ALTER TABLE \"certificates\" RENAME CONSTRAINT \"PK_certificates\" TO \"pk_certificates\";");

            migrationBuilder.RenameIndex(
                name: "IX_training_sessions_region_code_starts_on",
                table: "training_sessions",
                newName: "ix_training_sessions_region_code_starts_on");

            migrationBuilder.RenameIndex(
                name: "IX_training_sessions_framework_version",
                table: "training_sessions",
                newName: "ix_training_sessions_framework_version");

            migrationBuilder.RenameIndex(
                name: "IX_training_materials_created_at",
                table: "training_materials",
                newName: "ix_training_materials_created_at");

            migrationBuilder.RenameIndex(
                name: "IX_training_material_versions_language",
                table: "training_material_versions",
                newName: "ix_training_material_versions_language");

            migrationBuilder.RenameIndex(
                name: "IX_supervision_sessions_training_session_id",
                table: "supervision_sessions",
                newName: "ix_supervision_sessions_training_session_id");

            migrationBuilder.RenameIndex(
                name: "IX_supervision_sessions_region_code_held_on",
                table: "supervision_sessions",
                newName: "ix_supervision_sessions_region_code_held_on");

            migrationBuilder.RenameIndex(
                name: "IX_security_audit_occurred_at",
                table: "security_audit",
                newName: "ix_security_audit_occurred_at");

            migrationBuilder.RenameIndex(
                name: "IX_practitioners_user_id",
                table: "practitioners",
                newName: "ix_practitioners_user_id");

            migrationBuilder.RenameIndex(
                name: "IX_practitioners_region_code_profession_registered_at",
                table: "practitioners",
                newName: "ix_practitioners_region_code_profession_registered_at");

            migrationBuilder.RenameIndex(
                name: "IX_enrolments_session_id_participant_id",
                table: "enrolments",
                newName: "ix_enrolments_session_id_participant_id");

            migrationBuilder.RenameIndex(
                name: "IX_enrolments_participant_id",
                table: "enrolments",
                newName: "ix_enrolments_participant_id");

            migrationBuilder.RenameIndex(
                name: "IX_decision_makers_body_registered_at",
                table: "decision_makers",
                newName: "ix_decision_makers_body_registered_at");

            migrationBuilder.RenameIndex(
                name: "IX_certificates_verification_code",
                table: "certificates",
                newName: "ix_certificates_verification_code");

            migrationBuilder.RenameIndex(
                name: "IX_certificates_session_id_holder_id",
                table: "certificates",
                newName: "ix_certificates_session_id_holder_id");

            migrationBuilder.RenameIndex(
                name: "IX_certificates_serial",
                table: "certificates",
                newName: "ix_certificates_serial");

            migrationBuilder.RenameIndex(
                name: "IX_certificates_holder_id",
                table: "certificates",
                newName: "ix_certificates_holder_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"certificates\" RENAME CONSTRAINT \"fk_certificates_training_sessions_session_id\" TO \"FK_certificates_training_sessions_session_id\";");

            migrationBuilder.Sql("ALTER TABLE \"enrolments\" RENAME CONSTRAINT \"fk_enrolments_training_sessions_session_id\" TO \"FK_enrolments_training_sessions_session_id\";");

            migrationBuilder.Sql("ALTER TABLE \"framework_competencies\" RENAME CONSTRAINT \"fk_framework_competencies_competency_framework_versions_versio\" TO \"FK_framework_competencies_competency_framework_versions_versio~\";");

            migrationBuilder.Sql("ALTER TABLE \"profile_requirements\" RENAME CONSTRAINT \"fk_profile_requirements_competency_framework_versions_version_\" TO \"FK_profile_requirements_competency_framework_versions_version_~\";");

            migrationBuilder.Sql("ALTER TABLE \"supervision_sessions\" RENAME CONSTRAINT \"fk_supervision_sessions_training_sessions_training_session_id\" TO \"FK_supervision_sessions_training_sessions_training_session_id\";");

            migrationBuilder.Sql("ALTER TABLE \"training_material_contents\" RENAME CONSTRAINT \"fk_training_material_contents_training_material_versions_mater\" TO \"FK_training_material_contents_training_material_versions_mater~\";");

            migrationBuilder.Sql("ALTER TABLE \"training_material_versions\" RENAME CONSTRAINT \"fk_training_material_versions_training_materials_material_id\" TO \"FK_training_material_versions_training_materials_material_id\";");

            migrationBuilder.Sql("ALTER TABLE \"training_sessions\" RENAME CONSTRAINT \"fk_training_sessions_competency_framework_versions_framework_v\" TO \"FK_training_sessions_competency_framework_versions_framework_v~\";");

            migrationBuilder.Sql("ALTER TABLE \"training_sessions\" RENAME CONSTRAINT \"pk_training_sessions\" TO \"PK_training_sessions\";");

            migrationBuilder.Sql("ALTER TABLE \"training_materials\" RENAME CONSTRAINT \"pk_training_materials\" TO \"PK_training_materials\";");

            migrationBuilder.Sql("ALTER TABLE \"training_material_versions\" RENAME CONSTRAINT \"pk_training_material_versions\" TO \"PK_training_material_versions\";");

            migrationBuilder.Sql("ALTER TABLE \"training_material_contents\" RENAME CONSTRAINT \"pk_training_material_contents\" TO \"PK_training_material_contents\";");

            migrationBuilder.Sql("ALTER TABLE \"supervision_sessions\" RENAME CONSTRAINT \"pk_supervision_sessions\" TO \"PK_supervision_sessions\";");

            migrationBuilder.Sql("ALTER TABLE \"security_audit\" RENAME CONSTRAINT \"pk_security_audit\" TO \"PK_security_audit\";");

            migrationBuilder.Sql("ALTER TABLE \"profile_requirements\" RENAME CONSTRAINT \"pk_profile_requirements\" TO \"PK_profile_requirements\";");

            migrationBuilder.Sql("ALTER TABLE \"practitioners\" RENAME CONSTRAINT \"pk_practitioners\" TO \"PK_practitioners\";");

            migrationBuilder.Sql("ALTER TABLE \"outbox_messages\" RENAME CONSTRAINT \"pk_outbox_messages\" TO \"PK_outbox_messages\";");

            migrationBuilder.Sql("ALTER TABLE \"inbox_messages\" RENAME CONSTRAINT \"pk_inbox_messages\" TO \"PK_inbox_messages\";");

            migrationBuilder.Sql("ALTER TABLE \"framework_competencies\" RENAME CONSTRAINT \"pk_framework_competencies\" TO \"PK_framework_competencies\";");

            migrationBuilder.Sql("ALTER TABLE \"enrolments\" RENAME CONSTRAINT \"pk_enrolments\" TO \"PK_enrolments\";");

            migrationBuilder.Sql("ALTER TABLE \"decision_makers\" RENAME CONSTRAINT \"pk_decision_makers\" TO \"PK_decision_makers\";");

            migrationBuilder.Sql("ALTER TABLE \"competency_framework_versions\" RENAME CONSTRAINT \"pk_competency_framework_versions\" TO \"PK_competency_framework_versions\";");

            migrationBuilder.Sql("ALTER TABLE \"certificates\" RENAME CONSTRAINT \"pk_certificates\" TO \"PK_certificates\";");

            migrationBuilder.RenameIndex(
                name: "ix_training_sessions_region_code_starts_on",
                table: "training_sessions",
                newName: "IX_training_sessions_region_code_starts_on");

            migrationBuilder.RenameIndex(
                name: "ix_training_sessions_framework_version",
                table: "training_sessions",
                newName: "IX_training_sessions_framework_version");

            migrationBuilder.RenameIndex(
                name: "ix_training_materials_created_at",
                table: "training_materials",
                newName: "IX_training_materials_created_at");

            migrationBuilder.RenameIndex(
                name: "ix_training_material_versions_language",
                table: "training_material_versions",
                newName: "IX_training_material_versions_language");

            migrationBuilder.RenameIndex(
                name: "ix_supervision_sessions_training_session_id",
                table: "supervision_sessions",
                newName: "IX_supervision_sessions_training_session_id");

            migrationBuilder.RenameIndex(
                name: "ix_supervision_sessions_region_code_held_on",
                table: "supervision_sessions",
                newName: "IX_supervision_sessions_region_code_held_on");

            migrationBuilder.RenameIndex(
                name: "ix_security_audit_occurred_at",
                table: "security_audit",
                newName: "IX_security_audit_occurred_at");

            migrationBuilder.RenameIndex(
                name: "ix_practitioners_user_id",
                table: "practitioners",
                newName: "IX_practitioners_user_id");

            migrationBuilder.RenameIndex(
                name: "ix_practitioners_region_code_profession_registered_at",
                table: "practitioners",
                newName: "IX_practitioners_region_code_profession_registered_at");

            migrationBuilder.RenameIndex(
                name: "ix_enrolments_session_id_participant_id",
                table: "enrolments",
                newName: "IX_enrolments_session_id_participant_id");

            migrationBuilder.RenameIndex(
                name: "ix_enrolments_participant_id",
                table: "enrolments",
                newName: "IX_enrolments_participant_id");

            migrationBuilder.RenameIndex(
                name: "ix_decision_makers_body_registered_at",
                table: "decision_makers",
                newName: "IX_decision_makers_body_registered_at");

            migrationBuilder.RenameIndex(
                name: "ix_certificates_verification_code",
                table: "certificates",
                newName: "IX_certificates_verification_code");

            migrationBuilder.RenameIndex(
                name: "ix_certificates_session_id_holder_id",
                table: "certificates",
                newName: "IX_certificates_session_id_holder_id");

            migrationBuilder.RenameIndex(
                name: "ix_certificates_serial",
                table: "certificates",
                newName: "IX_certificates_serial");

            migrationBuilder.RenameIndex(
                name: "ix_certificates_holder_id",
                table: "certificates",
                newName: "IX_certificates_holder_id");
        }
    }
}
