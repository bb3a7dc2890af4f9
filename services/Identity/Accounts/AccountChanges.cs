using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Accounts;

/// <summary>
/// What follows a change that must end a user's sessions: a new security stamp. Refresh tokens, codes and sign-in
/// cookies issued before stop working, and the same save records an access revocation the services poll
/// (<see cref="Tokens.AccessRevocationRecorder"/>), so access tokens stop working too.
/// </summary>
public sealed class AccountChanges(UserManager<JusticeUser> users)
{
    public async Task EndSessionsAsync(JusticeUser user, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await users.UpdateSecurityStampAsync(user);
    }
}
