namespace Justice.Network.Domain.Institutions;

/// <summary>
/// An institution of a judicial region that takes part in cooperation on victims' cases: a court, a prosecutor's
/// office, the police, a child protection department, a social service provider and so on (institution-types.csv).
/// Its address and contact are the institution's own, never a person's.
/// </summary>
public sealed class Institution
{
    public const int MaxNameLength = 300;
    public const int MaxAddressLength = 500;
    public const int MaxContactLength = 200;

    public required Guid Id { get; init; }
    public required string RegionCode { get; init; }
    /// <summary>Code of institution-types.csv.</summary>
    public required string Type { get; set; }
    public required string NameBg { get; set; }
    public string? NameEn { get; set; }
    public string? Address { get; set; }
    /// <summary>The institution's telephone or e-mail for cooperation.</summary>
    public string? Contact { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
}
