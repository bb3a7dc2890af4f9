using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Identity.Tests;

/// <summary>Disabling, enabling, deleting, password changes and resets, and the password policy.</summary>
public sealed class AccountLifecycleTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    private const string Password = AccountTestSupport.Password;

    [Fact]
    public async Task A_disabled_user_can_neither_sign_in_nor_refresh_until_enabled()
    {
        var admin = await host.AdminAsync();
        var id = await host.CreateUserAsync(admin, "to-disable", "trainer", "BG-04");
        var before = await TokenRequests.PasswordAsync(host.CreateClient(), "to-disable", Password);

        using var disabled = await admin.PostAsync($"/api/identity/users/{id}/disable", null);
        using var signIn = await TokenRequests.RequestPasswordAsync(host.CreateClient(), "to-disable", Password);
        using var refresh = await TokenRequests.RequestRefreshAsync(host.CreateClient(), before.RefreshToken!);
        using var enabled = await admin.PostAsync($"/api/identity/users/{id}/enable", null);
        using var again = await TokenRequests.RequestPasswordAsync(host.CreateClient(), "to-disable", Password);

        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Contains("disabled", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1L, await host.CountAuditAsync("user-disable", id, "succeeded"));
        Assert.Equal(1L, await host.CountAuditAsync("user-enable", id, "succeeded"));
        Assert.True(await host.Settings.Database.ScalarAsync<long>($"select count(*) from access_revocations where user_id = '{id}'") >= 1);
    }

    [Fact]
    public async Task A_coordinator_disables_their_regions_trainers_only()
    {
        var admin = await host.AdminAsync();
        await host.CreateUserAsync(admin, "coordinator-bg20", "regional-coordinator", "BG-20");
        var own = await host.CreateUserAsync(admin, "trainer-bg20", "trainer", "BG-20");
        var other = await host.CreateUserAsync(admin, "trainer-bg21", "trainer", "BG-21");
        var coordinator = await host.ClientAsAsync("coordinator-bg20", Password);

        using var ownDisabled = await coordinator.PostAsync($"/api/identity/users/{own}/disable", null);
        using var otherDisabled = await coordinator.PostAsync($"/api/identity/users/{other}/disable", null);
        using var deleted = await coordinator.DeleteAsync($"/api/identity/users/{own}");
        using var unlocked = await coordinator.PostAsync($"/api/identity/users/{own}/unlock", null);

        Assert.Equal(HttpStatusCode.NoContent, ownDisabled.StatusCode);
        await ProblemAssertions.AssertNamesAsync(otherDisabled, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unlocked.StatusCode);
        Assert.Equal(1L, await host.CountAuditAsync("user-disable", other, "refused"));
    }

    [Fact]
    public async Task A_new_account_must_change_its_password_before_it_gets_a_token()
    {
        var admin = await host.AdminAsync();
        await host.CreateUserAsync(admin, "first-sign-in", "practitioner", "BG-08", takeOver: false);

        using var refused = await TokenRequests.RequestPasswordAsync(host.CreateClient(), "first-sign-in", Password);
        using var wrongCurrent = await AccountRequests.RequestChangeAsync(host.CreateClient(), "first-sign-in", "not-the-password", "my own passphrase 2026");
        using var common = await AccountRequests.RequestChangeAsync(host.CreateClient(), "first-sign-in", Password, "password123456");
        using var changed = await AccountRequests.RequestChangeAsync(host.CreateClient(), "first-sign-in", Password, "my own passphrase 2026");
        using var old = await TokenRequests.RequestPasswordAsync(host.CreateClient(), "first-sign-in", Password);
        using var signedIn = await TokenRequests.RequestPasswordAsync(host.CreateClient(), "first-sign-in", "my own passphrase 2026");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_grant", error.GetProperty("error").GetString());
        Assert.Contains("must be changed", error.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        await ProblemAssertions.AssertNamesAsync(wrongCurrent, HttpStatusCode.BadRequest, "currentPassword");
        await ProblemAssertions.AssertNamesAsync(common, HttpStatusCode.BadRequest, "password");
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Theory]
    [InlineData(null, "Грешно потребителско име или текуща парола.", "Паролата трябва да е поне 12 знака.")]
    [InlineData("en", "The user name or current password is wrong.", "Passwords must be at least 12 characters.")]
    [InlineData("fr", "Nom d'utilisateur ou mot de passe actuel incorrect.", "Le mot de passe doit comporter au moins 12 caractères.")]
    public async Task A_refused_password_change_reads_in_the_readers_language(string? language, string wrongCurrent, string tooShort)
    {
        var admin = await host.AdminAsync();
        var userName = $"lang-{language ?? "bg"}-{Guid.NewGuid():N}"[..20];
        await host.CreateUserAsync(admin, userName, "practitioner", "BG-08", takeOver: false);
        var client = host.CreateClient();
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        using var wrong = await AccountRequests.RequestChangeAsync(client, userName, "not-the-password", "my own passphrase 2026");
        using var shortOne = await AccountRequests.RequestChangeAsync(client, userName, Password, "short one");

        var wrongProblem = await ProblemAssertions.AssertNamesAsync(wrong, HttpStatusCode.BadRequest, "currentPassword");
        Assert.Equal(wrongCurrent, wrongProblem.GetProperty("errors").GetProperty("currentPassword")[0].GetString());
        var shortProblem = await ProblemAssertions.AssertNamesAsync(shortOne, HttpStatusCode.BadRequest, "password");
        Assert.Contains(tooShort, shortProblem.GetProperty("errors").GetProperty("password").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_reset_password_must_be_changed_and_ends_the_earlier_refresh_tokens()
    {
        var admin = await host.AdminAsync();
        var id = await host.CreateUserAsync(admin, "to-reset", "trainer", "BG-09");
        var before = await TokenRequests.PasswordAsync(host.CreateClient(), "to-reset", Password);

        using var common = await admin.PostAsJsonAsync($"/api/identity/users/{id}/password", new { password = "qwertyuiop123" });
        using var reset = await admin.PostAsJsonAsync($"/api/identity/users/{id}/password", new { password = "a reset passphrase 77" });
        using var refresh = await TokenRequests.RequestRefreshAsync(host.CreateClient(), before.RefreshToken!);
        using var signIn = await TokenRequests.RequestPasswordAsync(host.CreateClient(), "to-reset", "a reset passphrase 77");

        await ProblemAssertions.AssertNamesAsync(common, HttpStatusCode.BadRequest, "password");
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Contains("must be changed", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1L, await host.CountAuditAsync("password-reset", id, "succeeded"));
    }

    [Fact]
    public async Task A_signed_in_user_changes_their_own_password_with_the_current_one()
    {
        var admin = await host.AdminAsync();
        var id = await host.CreateUserAsync(admin, "own-change", "trainer", "BG-10");
        var user = await host.ClientAsAsync("own-change", Password);
        var changesBefore = await host.CountAuditAsync("password-change", id, "changed"); // taking the account over

        using var wrong = await user.PostAsJsonAsync("/api/identity/me/password", new { currentPassword = "wrong passphrase 1", password = "another passphrase 3" });
        using var changed = await user.PostAsJsonAsync("/api/identity/me/password", new { currentPassword = Password, password = "another passphrase 3" });
        using var signIn = await TokenRequests.RequestPasswordAsync(host.CreateClient(), "own-change", "another passphrase 3");

        await ProblemAssertions.AssertNamesAsync(wrong, HttpStatusCode.BadRequest, "currentPassword");
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(changesBefore + 1, await host.CountAuditAsync("password-change", id, "changed"));
    }

    [Fact]
    public async Task A_role_change_ends_the_refresh_tokens_issued_before_and_records_a_revocation()
    {
        var admin = await host.AdminAsync();
        var id = await host.CreateUserAsync(admin, "to-move", "trainer", "BG-18");
        var revocations = $"select count(*) from access_revocations where user_id = '{id}'";
        var revokedBefore = await host.Settings.Database.ScalarAsync<long>(revocations);
        var before = await TokenRequests.PasswordAsync(host.CreateClient(), "to-move", Password);

        (await admin.PutAsJsonAsync($"/api/identity/users/{id}/role", new { role = "practitioner", regionCode = "BG-18" })).EnsureSuccessStatusCode();
        using var refresh = await TokenRequests.RequestRefreshAsync(host.CreateClient(), before.RefreshToken!);
        var after = await TokenRequests.PasswordAsync(host.CreateClient(), "to-move", Password);

        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal("practitioner", TokenRequests.Payload(after.AccessToken).GetProperty("role").GetString());
        Assert.Equal(revokedBefore + 1, await host.Settings.Database.ScalarAsync<long>(revocations));
    }

    [Fact]
    public async Task A_common_password_is_refused_naming_the_field_and_creates_nobody()
    {
        var admin = await host.AdminAsync();

        using var response = await admin.PostAsJsonAsync("/api/identity/users",
            new { userName = "common-pw", password = "Password123456", role = "trainer", regionCode = "BG-11", institution = "Съд" });

        await ProblemAssertions.AssertNamesAsync(response, HttpStatusCode.BadRequest, "password");
        Assert.Equal(0L, await host.Settings.Database.ScalarAsync<long>("select count(*) from \"AspNetUsers\" where user_name = 'common-pw'"));
    }

    [Fact]
    public async Task A_national_admin_deletes_a_user_and_the_audit_keeps_the_trail()
    {
        var admin = await host.AdminAsync();
        var id = await host.CreateUserAsync(admin, "to-delete", "practitioner", "BG-15");
        var revocations = $"select count(*) from access_revocations where user_id = '{id}'";
        var revokedBefore = await host.Settings.Database.ScalarAsync<long>(revocations); // taking the account over

        using var deleted = await admin.DeleteAsync($"/api/identity/users/{id}");
        using var read = await admin.GetAsync($"/api/identity/users/{id}");
        using var signIn = await TokenRequests.RequestPasswordAsync(host.CreateClient(), "to-delete", Password);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(1L, await host.CountAuditAsync("user-delete", id, "succeeded"));
        Assert.Equal(revokedBefore + 1, await host.Settings.Database.ScalarAsync<long>(revocations));
    }
}
