using System.Threading.RateLimiting;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Justice.Gateway;

/// <summary>
/// Per signed-in user, per IP address for anonymous callers, and tight on the token endpoint (where
/// passwords are tried). Past a limit: 429 problem details with <c>Retry-After</c>.
/// </summary>
public sealed class RateLimitOptions
{
    public int TokenRequestsPerWindow { get; set; } = 10;
    public int UserRequestsPerWindow { get; set; } = 600;
    public int AnonymousRequestsPerWindow { get; set; } = 120;
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);
}

public static class RateLimits
{
    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                if (context.Request.Path.StartsWithSegments("/connect/token"))
                {
                    return Fixed($"token:{ip}", limits.TokenRequestsPerWindow, limits.Window);
                }
                return context.User.UserId() is { } user
                    ? Fixed($"user:{user}", limits.UserRequestsPerWindow, limits.Window)
                    : Fixed($"ip:{ip}", limits.AnonymousRequestsPerWindow, limits.Window);
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limits.Window;
                Problems.SetRetryAfter(context.HttpContext.Response, retryAfter);
                await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: ProblemTitles.For(StatusCodes.Status429TooManyRequests),
                    detail: ReaderLanguage.Pick(
                        "Забавете темпото и опитайте отново след времето в Retry-After.",
                        "Slow down and try again after the time in Retry-After.",
                        "Ralentissez et réessayez après le délai indiqué dans Retry-After."),
                    type: "https://www.rfc-editor.org/rfc/rfc6585#section-4").ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Fixed(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        });
}
