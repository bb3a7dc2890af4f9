using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Accounts;

/// <summary>
/// A person who signs in: their institution and, unless their role is national, their judicial region. An ASP.NET
/// Core Identity account (password hash, lockout, authenticator key), so it lives with the accounts, not in a domain.
/// </summary>
public sealed class JusticeUser : IdentityUser
{
    public string? RegionCode { get; set; }
    public required string Institution { get; set; }
}
