using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Accounts;

/// <summary>What follows a change that must end a user's sessions: a new security stamp, so refresh tokens, codes and
/// sign-in cookies issued before stop working, and a revocation for access tokens.</summary>
public sealed class AccountChanges(UserManager<JusticeUser> users, IAccessRevocations revocations)
{
    public async Task EndSessionsAsync(JusticeUser user, CancellationToken cancellationToken)
    {
        await users.UpdateSecurityStampAsync(user);
        await revocations.RevokeAsync(user.Id, cancellationToken);
    }
}
