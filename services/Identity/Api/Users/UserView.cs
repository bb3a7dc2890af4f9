using Justice.Identity.Accounts;

namespace Justice.Identity.Api.Users;

/// <param name="LockedOut">Whether too many wrong passwords have locked the account for now.</param>
public sealed record UserView(string Id, string UserName, string Role, string? RegionCode, string Institution, bool LockedOut)
{
    public static UserView From(JusticeUser user, string role, bool lockedOut) =>
        new(user.Id, user.UserName!, role, user.RegionCode, user.Institution, lockedOut);
}
