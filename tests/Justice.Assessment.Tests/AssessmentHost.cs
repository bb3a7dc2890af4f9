using System.Net.Http.Json;
using System.Text.Json;
using Justice.Identity;
using Justice.Messaging.Broker;
using Justice.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Assessment.Tests;

/// <summary>
/// Assessment in memory with its own database, its own field-key directory (a temp dir), a virtual host of its own on
/// the real broker, and the shared identity server issuing tokens for the <c>assessment</c> audience.
/// </summary>
public class AssessmentHost : IAsyncLifetime
{
    /// <summary>What a person's token is asked for: this service's audience.</summary>
    public const string Scope = "offline_access assessment";

    private const string Service = AssessmentService.Name;

    public TestDatabase Database { get; } = new("assessment");
    public string KeysPath { get; } = Path.Combine(Path.GetTempPath(), $"assessment-keys-{Guid.NewGuid():N}");
    public ServiceFactory<AssessmentProgram> Assessment { get; private set; } = null!;
    public IdentityServer<IdentityProgram> Identity { get; private set; } = null!;
    /// <summary>The national admin's access token: sees and does everything.</summary>
    public string AdminToken { get; private set; } = null!;

    private readonly string _virtualHost = $"assessment-{Guid.NewGuid():N}";
    private readonly BrokerUsers _brokerUsers = new(TestServers.RabbitMq, TestServers.RabbitMqManagement);

    /// <summary>Registrations Assessment gets besides the test wiring (a clock of the test's own, say).</summary>
    protected virtual void ConfigureAssessment(IServiceCollection services)
    {
    }

    /// <summary>An Assessment client carrying the national admin's token.</summary>
    public HttpClient CreateClient() => Assessment.CreateClient().WithToken(AdminToken);

    /// <summary>A client signed in as a new user of <paramref name="role"/> (of <paramref name="region"/> unless national).</summary>
    public async Task<HttpClient> CreateClientAsync(string role, string? region) =>
        Assessment.CreateClient().WithToken(await UserTokenAsync(role, region));

    /// <summary>Creates a user (as the national admin) and returns a token of theirs for this service.</summary>
    public async Task<string> UserTokenAsync(string role, string? region)
    {
        const string Password = IdentityServer<IdentityProgram>.Password;
        var userName = $"{role}-{region ?? "national"}-{Guid.NewGuid():N}"[..40];
        var admin = Identity.Factory.CreateClient().WithToken(await Identity.AdminTokenAsync());
        var national = role is "national-admin" or "evaluator" or "publicity-editor";
        using var created = await admin.PostAsJsonAsync("/api/identity/users",
            new { userName, password = Password, role, regionCode = national ? null : region, institution = "Институция" });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        await AccountRequests.TakeOverAsync(Identity.Factory.CreateClient(), userName, Password);
        return (await TokenRequests.PasswordAsync(Identity.Factory.CreateClient(), userName, Password, Scope)).AccessToken;
    }

    /// <summary>Registers a victim of <paramref name="region"/> as the national admin and returns their id.</summary>
    public async Task<Guid> RegisterAsync(string region, string fullName = "Мария Петрова", string? nationalId = null, string? notes = null)
    {
        using var response = await CreateClient().PostAsJsonAsync("/api/assessment/victims", VictimBody(region, fullName, nationalId, notes));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>A registration body; only <paramref name="region"/> and the name are not optional.</summary>
    public static object VictimBody(string region, string fullName = "Мария Петрова", string? nationalId = null, string? notes = null,
        string? dateOfBirth = null) => new
    {
        regionCode = region,
        ageGroup = "uncertain",
        sex = "female",
        preferredLanguage = "bg",
        personal = new { fullName, dateOfBirth, nationalId, contact = "тел. 0888 000 000", legalRepresentative = "майка", notes },
    };

    public virtual async Task InitializeAsync()
    {
        // A virtual host with Assessment's broker user only, provisioned as a deployment's.
        using (var management = BrokerProvisioner.CreateClient(TestServers.RabbitMqManagement))
        {
            await new BrokerProvisioner(management).ProvisionAsync(_virtualHost,
                new Dictionary<string, string> { [Service] = _brokerUsers.PasswordOf(Service) });
        }
        Identity = SharedIdentityServer.Of<IdentityProgram>();
        AdminToken = (await TokenRequests.PasswordAsync(Identity.Factory.CreateClient(), IdentityHostSettings.AdminUserName,
            Identity.Settings.AdminPassword, Scope)).AccessToken;

        Assessment = new ServiceFactory<AssessmentProgram>(
            new Dictionary<string, string?>(Identity.ServiceSettings)
            {
                ["ConnectionStrings:assessmentdb"] = Database.ConnectionString,
                ["ConnectionStrings:eventbus"] = _brokerUsers.AmqpUriFor(Service, _virtualHost).ToString(),
                ["Assessment:KeysPath"] = KeysPath,
            },
            services =>
            {
                Identity.RouteKeyRequests(services);
                ConfigureAssessment(services);
            });
        _ = Assessment.Server;
    }

    public virtual async Task DisposeAsync()
    {
        await Assessment.DisposeAsync();
        using (var management = BrokerProvisioner.CreateClient(TestServers.RabbitMqManagement))
        {
            using var deleted = await management.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(_virtualHost)}");
        }
        await Database.DisposeAsync();
        if (Directory.Exists(KeysPath))
        {
            Directory.Delete(KeysPath, recursive: true);
        }
    }
}
