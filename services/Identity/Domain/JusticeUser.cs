using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Domain;

/// <summary>A person who signs in: their institution and, unless their role is national, their judicial region.</summary>
public sealed class JusticeUser : IdentityUser
{
    public string? RegionCode { get; set; }
    public required string Institution { get; set; }
}
