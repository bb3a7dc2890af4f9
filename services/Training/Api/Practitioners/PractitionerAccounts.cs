using Justice.Security;
using Justice.ServiceDefaults.Http;
using Justice.Training.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Justice.Training.Api.Practitioners;

/// <summary>The account a practitioner record may be linked to: a practitioner's account of the record's region, linked to no other record.</summary>
public static class PractitionerAccounts
{
    /// <summary>Null when <paramref name="userId"/> may be linked to the record <paramref name="practitionerId"/> (none yet when registering); else the problem to answer.</summary>
    public static async Task<ProblemHttpResult?> RefusalAsync(
        string userId, string regionCode, Guid? practitionerId, PractitionerServices services, CancellationToken cancellationToken)
    {
        try
        {
            if (!await services.Accounts.IsAsync(userId, Roles.Practitioner, regionCode, cancellationToken))
            {
                return Problems.Invalid("userId", "This is not the account of a practitioner of the record's judicial region.");
            }
        }
        catch (AccountDirectoryUnavailableException)
        {
            return Problems.Unavailable("The account could not be checked right now. Try again shortly.");
        }
        return await services.Db.Practitioners.AnyAsync(p => p.UserId == userId && p.Id != practitionerId, cancellationToken)
            ? AlreadyLinked()
            : null;
    }

    /// <summary>
    /// Saves a record that links an account, or answers 409 when another request linked the same account to another
    /// record since <see cref="RefusalAsync"/> looked (the unique index decides).
    /// </summary>
    public static async Task<ProblemHttpResult?> SaveAsync(PractitionerServices services, CancellationToken cancellationToken)
    {
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return AlreadyLinked();
        }
    }

    private static ProblemHttpResult AlreadyLinked() => Problems.Conflict("Another practitioner is already linked to this account.");
}
