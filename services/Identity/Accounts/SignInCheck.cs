namespace Justice.Identity.Accounts;

/// <summary>What <see cref="SignInGate"/> decided about a user name, password and one-time code.</summary>
public enum SignInOutcome
{
    Succeeded,
    /// <summary>Unknown user or wrong password: the two are never told apart.</summary>
    Wrong,
    /// <summary>The second factor is on and the code is missing or wrong.</summary>
    SecondFactorFailed,
    /// <summary>Too many failures from this source (see <see cref="SignInThrottle"/>): nothing was checked.</summary>
    Throttled,
    Disabled,
    /// <summary>Password and code are right, but someone else chose the password: it must be changed first.</summary>
    MustChangePassword,
}

/// <param name="User">The account, when the password was right (always for <see cref="SignInOutcome.Succeeded"/>).</param>
public sealed record SignInCheck(SignInOutcome Outcome, JusticeUser? User)
{
    public bool Succeeded => Outcome == SignInOutcome.Succeeded;
}
