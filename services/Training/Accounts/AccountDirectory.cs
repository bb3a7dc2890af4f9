using System.Net;
using System.Net.Http.Headers;
using Justice.Security;

namespace Justice.Training.Accounts;

/// <summary>An account as Identity describes it to another service: role and region only.</summary>
public sealed record Account(string Id, string Role, string? RegionCode);

/// <summary>
/// Asks Identity, the owner of the accounts, about an account id a request carries (Training keeps no copy of the
/// users). The caller's own token goes along, so Identity decides again what the caller may learn: a coordinator
/// hears only of their own region's accounts.
/// </summary>
public sealed class AccountDirectory(IHttpClientFactory clients, IHttpContextAccessor context)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    /// <summary>The account, or null when there is none the caller may look up.</summary>
    /// <exception cref="AccountDirectoryUnavailableException">Identity could not answer.</exception>
    public async Task<Account?> FindAsync(string id, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"internal/accounts/{Uri.EscapeDataString(id)}");
        if (AuthenticationHeaderValue.TryParse(context.HttpContext?.Request.Headers.Authorization, out var authorization))
        {
            request.Headers.Authorization = authorization;
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Deadline);
        try
        {
            using var response = await clients.CreateClient(JwtAuthentication.IdentityClientName).SendAsync(request, deadline.Token);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<Account>(deadline.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new AccountDirectoryUnavailableException(ex);
        }
    }

    /// <summary>
    /// Whether <paramref name="id"/> is an account of <paramref name="role"/> that belongs to
    /// <paramref name="regionCode"/> (any region when null).
    /// </summary>
    /// <exception cref="AccountDirectoryUnavailableException">Identity could not answer.</exception>
    public async Task<bool> IsAsync(string id, string role, string? regionCode, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) is { } account
        && account.Role == role
        && (regionCode is null || string.Equals(account.RegionCode, regionCode, StringComparison.Ordinal));
}

public sealed class AccountDirectoryUnavailableException(Exception inner)
    : Exception("The Identity service could not confirm the account.", inner);
