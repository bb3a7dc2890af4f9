namespace Justice.Security;

/// <summary>Claim types in Justice access tokens.</summary>
public static class JusticeClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    /// <summary>ISO 3166-2:BG code of the user's judicial region; absent for national roles.</summary>
    public const string Region = "region";
    public const string Institution = "institution";
}
