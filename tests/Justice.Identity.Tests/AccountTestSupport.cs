using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Identity.Tests;

/// <summary>Users made by the national admin of an identity host, for the account tests.</summary>
internal static class AccountTestSupport
{
    public const string Password = "correct-horse-battery";

    public static Task<HttpClient> AdminAsync(this IdentityHost host) =>
        host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);

    /// <summary>Creates a user as <paramref name="creator"/>; with <paramref name="takeOver"/>, its holder then sets their password.</summary>
    public static async Task<string> CreateUserAsync(this IdentityHost host, HttpClient creator, string userName, string role,
        string? region, bool takeOver = true)
    {
        using var created = await creator.PostAsJsonAsync("/api/identity/users",
            new { userName, password = Password, role, regionCode = region, institution = "Окръжен съд" });
        created.EnsureSuccessStatusCode();
        if (takeOver)
        {
            await AccountRequests.TakeOverAsync(host.CreateClient(), userName, Password);
        }
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static Task<long> CountAuditAsync(this IdentityHost host, string action, string subject, string outcome) =>
        host.Settings.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = '{action}' and subject = '{subject}' and outcome = '{outcome}'");
}
