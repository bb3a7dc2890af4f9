namespace Justice.Gateway;

/// <summary>
/// Removes every header a client could use to claim an identity: only the validated token speaks for
/// the caller, and services never see a client-made <c>X-User-*</c>, <c>X-Region</c> or forwarded identity.
/// </summary>
public sealed class IdentityHeaders(RequestDelegate next)
{
    private static readonly string[] Prefixes = ["X-User-", "X-Auth-Request-", "X-Forwarded-User", "X-Forwarded-Email",
        "X-Forwarded-Preferred-Username", "X-Forwarded-Groups", "X-Forwarded-Access-Token"];

    private static readonly string[] Names = ["X-Region", "X-Remote-User", "X-Remote-Group", "X-Roles", "X-Role",
        "X-Institution", "X-Client-Id", "Remote-User"];

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        foreach (var name in headers.Keys.Where(IsIdentityHeader).ToList())
        {
            headers.Remove(name);
        }
        return next(context);
    }

    public static bool IsIdentityHeader(string name) =>
        Names.Contains(name, StringComparer.OrdinalIgnoreCase)
        || Prefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
