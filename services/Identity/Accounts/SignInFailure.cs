namespace Justice.Identity.Accounts;

/// <summary>
/// A row of <c>sign_in_failures</c>: a wrong password or one-time code for an account, from a source (IP address).
/// <see cref="AccountKey"/> is the user id, or a keyed hash of a user name nobody holds.
/// </summary>
public sealed class SignInFailure
{
    public long Id { get; init; }
    public required string AccountKey { get; init; }
    public required string Source { get; init; }
    public required DateTimeOffset FailedAt { get; init; }
}
