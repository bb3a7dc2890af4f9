using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Justice.Audit;

public static class AuditRegistration
{
    /// <summary>
    /// The service's security audit log over its registered <c>NpgsqlDataSource</c>, and the authorisation
    /// handler that records every refusal in it; and the hash-chained log of reads of personal data.
    /// </summary>
    public static IServiceCollection AddSecurityAudit(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SecurityAuditLog>();
        services.AddSingleton<PersonalDataReadLog>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();
        return services;
    }
}
