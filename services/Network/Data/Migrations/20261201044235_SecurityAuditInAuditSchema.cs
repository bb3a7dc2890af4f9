using Justice.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Network.Data.Migrations
{
    /// <summary>
    /// The security audit log leaves the service's own <c>public.security_audit</c> for <c>audit.security_audit</c>,
    /// which the database's provisioning made and owns: the service may only add to it and read it.
    /// </summary>
    public partial class SecurityAuditInAuditSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.MoveSecurityAuditToAuditSchema();
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Entries never move back to a table the service could drop: they stay in audit.security_audit.
        }
    }
}
