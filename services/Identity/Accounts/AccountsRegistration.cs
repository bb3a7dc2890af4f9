namespace Justice.Identity.Accounts;

public static class AccountsRegistration
{
    /// <summary>The sign-in gate and throttle, the last-admin guard, and the revocation seam.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<AuditNames>();
        services.AddScoped<SignInThrottle>();
        services.AddScoped<SignInGate>();
        services.AddScoped<NationalAdmins>();
        services.AddScoped<AccountChanges>();
        services.AddScoped<IAccessRevocations, AccessRevocations>();
        return services;
    }
}
