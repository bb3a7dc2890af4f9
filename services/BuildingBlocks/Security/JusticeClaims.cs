namespace Justice.Security;

/// <summary>Claim types in Justice access tokens.</summary>
public static class JusticeClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    /// <summary>ISO 3166-2:BG code of the user's judicial region; absent for national roles.</summary>
    public const string Region = "region";
    public const string Institution = "institution";
    /// <summary>
    /// When the token was issued, in Unix milliseconds: <c>iat</c> counts whole seconds, too coarse to tell a token
    /// issued just before a revocation from one issued just after it.
    /// </summary>
    public const string IssuedAtMilliseconds = "iat_ms";
}
