using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;
using Justice.Testing;

namespace Justice.SystemTests;

/// <summary>
/// The last enabled national admin cannot be demoted, disabled or deleted through the gateway, and identity restarts
/// cleanly with that admin present (it once failed to start when its configured admin existed).
/// </summary>
[Collection(WholeSystemCollection.Name)]
public sealed class LastAdminTests(WholeSystem system)
{
    private const string AdminUserName = "admin";
    private const string Password = "a long passphrase of another admin";

    [Fact]
    public async Task The_last_national_admin_is_refused_demotion_disabling_and_deletion_and_identity_restarts_cleanly()
    {
        // Other tests make national admins of their own, and this one makes one more: each is disabled first, so that the
        // system's admin is the last enabled one. They are enabled again at the end.
        using var another = await system.AdminGateway.PostAsJsonAsync("/api/identity/users", new
        {
            userName = $"another-admin-{Guid.NewGuid():N}"[..30], password = Password, role = "national-admin", regionCode = (string?)null,
            institution = "Министерство на правосъдието",
        });
        Assert.Equal(HttpStatusCode.Created, another.StatusCode);
        var admins = await NationalAdminsAsync();
        var adminId = admins.Single(user => user.UserName == AdminUserName).Id;
        var others = admins.Where(user => user.Id != adminId).Select(user => user.Id).ToList();
        try
        {
            foreach (var other in others)
            {
                using var disabled = await system.AdminGateway.PostAsync($"/api/identity/users/{other}/disable", null);
                Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
            }

            using var demoted = await system.AdminGateway.PutAsJsonAsync($"/api/identity/users/{adminId}/role",
                new { role = "evaluator", regionCode = (string?)null });
            using var disabledAdmin = await system.AdminGateway.PostAsync($"/api/identity/users/{adminId}/disable", null);
            using var deleted = await system.AdminGateway.DeleteAsync($"/api/identity/users/{adminId}");
            var restarted = await system.App.ResourceCommands.ExecuteCommandAsync("identity", KnownResourceCommands.RestartCommand);
            var signsIn = await Eventually.Holds(TimeSpan.FromSeconds(120), async () =>
            {
                using var token = await TokenRequests.RequestPasswordAsync(system.Gateway, AdminUserName, system.AdminPassword);
                return token.StatusCode == HttpStatusCode.OK;
            });

            Assert.NotEmpty(others); // the refusals below follow disabling every other admin, not the lack of any
            await AssertConflictAsync(demoted);
            await AssertConflictAsync(disabledAdmin);
            await AssertConflictAsync(deleted);
            Assert.True(restarted.Success, restarted.Message);
            Assert.True(signsIn, "The admin could not sign in within 2 minutes of identity's restart");
            var claims = TokenRequests.Payload((await TokenRequests.PasswordAsync(system.Gateway, AdminUserName, system.AdminPassword)).AccessToken);
            Assert.Equal("national-admin", claims.GetProperty("role").GetString());
            Assert.Equal(1L, await system.CountAsync("identitydb", """
                select count(*) from "AspNetUsers" u join "AspNetUserRoles" ur on ur.user_id = u.id join "AspNetRoles" r on r.id = ur.role_id
                where r.name = 'national-admin' and u.disabled_at is null
                """));
        }
        finally
        {
            foreach (var other in others)
            {
                (await system.AdminGateway.PostAsync($"/api/identity/users/{other}/enable", null)).Dispose();
            }
        }
    }

    private static async Task AssertConflictAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Every national admin, enabled or not, read page by page through the gateway.</summary>
    private async Task<List<(string Id, string UserName)>> NationalAdminsAsync()
    {
        var admins = new List<(string, string)>();
        for (var page = 1; ; page++)
        {
            var list = await system.AdminGateway.GetFromJsonAsync<JsonElement>($"/api/identity/users?page={page}&pageSize=100");
            var items = list.GetProperty("items").EnumerateArray().ToList();
            admins.AddRange(items.Where(user => user.GetProperty("role").GetString() == "national-admin").Select(user => (
                user.GetProperty("id").GetString()!, user.GetProperty("userName").GetString()!)));
            if (page * 100 >= list.GetProperty("total").GetInt32())
            {
                return admins;
            }
        }
    }
}
