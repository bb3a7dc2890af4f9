using Justice.Identity.Accounts;
using Justice.Identity.Tokens;
using Justice.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Justice.Identity.Data;

/// <summary>
/// On start (after migrations): the roles, the registered clients, and — on a system with no enabled national
/// admin — the first national admin from <c>Identity:Admin</c> (a secret the AppHost generates).
/// </summary>
public sealed partial class IdentitySeeder(IServiceScopeFactory scopes, IOptions<ClientsOptions> clients,
    IConfiguration configuration, IHostEnvironment environment, ILogger<IdentitySeeder> logger) : IHostedService
{
    /// <summary>The public client for command-line use and tests (password grant, Development only).</summary>
    public const string CliClientId = "justice-cli";

    /// <summary>The browser portals' public client: authorization code with PKCE (redirects from <c>Identity:Portal</c>).</summary>
    public const string PortalClientId = "regional-portal";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await SeedRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        await SeedClientsAsync(services.GetRequiredService<IOpenIddictApplicationManager>(), cancellationToken);
        await SeedFirstAdminAsync(services.GetRequiredService<UserManager<JusticeUser>>(),
            services.GetRequiredService<NationalAdmins>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task SeedRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.People)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private async Task SeedClientsAsync(IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        foreach (var machine in clients.Value.Machines)
        {
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = machine.ClientId,
                ClientSecret = machine.Secret,
                ClientType = ClientTypes.Confidential,
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
            };
            AllowServiceScopes(descriptor);
            await UpsertAsync(applications, descriptor, cancellationToken);
        }

        var portalRedirects = configuration.GetSection("Identity:Portal:RedirectUris").Get<string[]>() ?? [];
        if (portalRedirects.Length > 0)
        {
            var portal = new OpenIddictApplicationDescriptor
            {
                ClientId = PortalClientId,
                ClientType = ClientTypes.Public,
                Permissions =
                {
                    Permissions.Endpoints.Authorization,
                    Permissions.Endpoints.Token,
                    Permissions.Endpoints.Revocation,
                    Permissions.GrantTypes.AuthorizationCode,
                    Permissions.GrantTypes.RefreshToken,
                    Permissions.ResponseTypes.Code,
                    Permissions.Prefixes.Scope + Scopes.OpenId,
                    Permissions.Prefixes.Scope + Scopes.OfflineAccess,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            };
            AllowServiceScopes(portal);
            foreach (var uri in portalRedirects)
            {
                portal.RedirectUris.Add(new Uri(uri));
            }
            await UpsertAsync(applications, portal, cancellationToken);
        }

        if (environment.IsDevelopment())
        {
            var cli = new OpenIddictApplicationDescriptor
            {
                ClientId = CliClientId,
                ClientType = ClientTypes.Public,
                Permissions =
                {
                    Permissions.Endpoints.Token,
                    Permissions.Endpoints.Revocation,
                    Permissions.GrantTypes.Password,
                    Permissions.GrantTypes.RefreshToken,
                    Permissions.Prefixes.Scope + Scopes.OfflineAccess,
                },
            };
            AllowServiceScopes(cli);
            await UpsertAsync(applications, cli, cancellationToken);
        }
    }

    /// <summary>Lets the client ask for a token for any service (scopes <c>training</c>, <c>network</c>, <c>identity</c>).</summary>
    private static void AllowServiceScopes(OpenIddictApplicationDescriptor client)
    {
        foreach (var audience in Audiences.All)
        {
            client.Permissions.Add(Permissions.Prefixes.Scope + audience);
        }
    }

    private static async Task UpsertAsync(IOpenIddictApplicationManager applications,
        OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }

    /// <summary>
    /// Creates the configured admin only on a system with no enabled national admin and no user of that name. Start-up
    /// never fails here: an existing user of that name (demoted or disabled since) is left as it is, not promoted
    /// behind the other admins' backs, and a password the policy refuses is reported; both leave a warning.
    /// </summary>
    private async Task SeedFirstAdminAsync(UserManager<JusticeUser> users, NationalAdmins admins, CancellationToken cancellationToken)
    {
        if (await admins.AnyAsync(cancellationToken))
        {
            return;
        }
        var userName = configuration["Identity:Admin:UserName"];
        var password = configuration["Identity:Admin:Password"];
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(password))
        {
            LogNoAdmin(logger);
            return;
        }
        if (await users.FindByNameAsync(userName) is { } existing)
        {
            LogAdminNotRestored(logger, existing.Id);
            return;
        }

        var admin = new JusticeUser { UserName = userName, Institution = "Ministry of Justice", EmailConfirmed = true };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            LogAdminNotCreated(logger, string.Join("; ", created.Errors.Select(e => e.Code)));
            return;
        }
        await users.AddToRoleAsync(admin, Roles.NationalAdmin);
        LogAdminCreated(logger, admin.Id);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No enabled national admin exists, and the configured admin is user {UserId}, who is not one: left as it is")]
    private static partial void LogAdminNotRestored(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No enabled national admin exists, and the configured one could not be created: {Errors}")]
    private static partial void LogAdminNotCreated(ILogger logger, string errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No national admin exists and Identity:Admin is not configured")]
    private static partial void LogNoAdmin(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "First national admin {UserId} created")]
    private static partial void LogAdminCreated(ILogger logger, string userId);
}
