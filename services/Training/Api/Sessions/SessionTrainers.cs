using Justice.Security;
using Justice.ServiceDefaults.Http;
using Justice.Training.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Training.Api.Sessions;

/// <summary>
/// Who may run a session: trainers' accounts, of the session's region for a regional session (a trainer reads the
/// names of the session's participants), of any region for a national one.
/// </summary>
public static class SessionTrainers
{
    /// <summary>Null when every id is such a trainer; else the problem naming each id that is not.</summary>
    public static async Task<ProblemHttpResult?> RefusalAsync(
        IReadOnlyList<string> trainerIds, string? regionCode, AccountDirectory accounts, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        try
        {
            for (var i = 0; i < trainerIds.Count; i++)
            {
                if (!await accounts.IsAsync(trainerIds[i], Roles.Trainer, regionCode, cancellationToken))
                {
                    errors[$"trainerIds[{i}]"] = [regionCode is null
                        ? "This is not the account of a trainer."
                        : "This is not the account of a trainer of the session's judicial region."];
                }
            }
        }
        catch (AccountDirectoryUnavailableException)
        {
            return Problems.Unavailable("The trainers' accounts could not be checked right now. Try again shortly.");
        }
        return errors.Count == 0 ? null : Problems.Validation(errors);
    }
}
