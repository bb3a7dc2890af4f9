using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Accounts;

/// <summary>
/// A person who signs in: their institution and, unless their role is national, their judicial region. An ASP.NET
/// Core Identity account (password hash, authenticator key), so it lives with the accounts, not in a domain.
/// </summary>
public sealed class JusticeUser : IdentityUser
{
    public string? RegionCode { get; set; }
    public required string Institution { get; set; }

    /// <summary>Set when someone else chose the password (creation, reset): no token until the user changes it.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>When the account was disabled; null while it may sign in.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;
}
