namespace Justice.Identity.Accounts;

public static class AccountsRegistration
{
    /// <summary>The sign-in gate and throttle, and the last-admin guard.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<AuditNames>();
        services.AddScoped<SignInThrottle>();
        services.AddScoped<SignInGate>();
        services.AddScoped<NationalAdmins>();
        return services;
    }
}
