using Justice.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Justice.Security;

namespace Justice.Assessment.Protection;

/// <summary>Rotation of the keys that encrypt victims' personal fields: national admins only, audited.</summary>
public static class KeysApi
{
    public static RouteGroupBuilder MapKeysApi(this IEndpointRouteBuilder api)
    {
        var keys = api.MapGroup("/keys").WithTags("Keys")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin));
        keys.MapPost("/rotate", Rotate)
            .WithName("RotateFieldKeys")
            .WithSummary("Adds a field key for new writes and re-encrypts every victim under it while the service runs.");
        keys.MapPost("/reencrypt", Reencrypt)
            .WithName("ReencryptUnderCurrentKey")
            .WithSummary("Takes up a key the operators added to the key directory and re-encrypts every victim under it; adds none.");
        return keys;
    }

    public static async Task<Ok<KeyRotationView>> Rotate(
        HttpContext http, KeyRotation rotation, SecurityAuditLog audit)
    {
        await audit.RecordAsync(http, "field-keys-rotate", null, "started");
        // The request's cancellation does not stop a rotation half-way: a dropped connection must not leave it to chance.
        var (keyId, reencrypted) = await rotation.RotateAsync(CancellationToken.None);
        await audit.RecordAsync(http, "field-keys-rotate", $"key/{keyId}", "completed");
        return TypedResults.Ok(new KeyRotationView(keyId, reencrypted));
    }

    /// <summary>
    /// For a key directory the service may not write (a Secret mounted read-only in a cluster): the operators add the next
    /// <c>field-000N.key</c>, then this makes it current and re-encrypts every row still under an older key. Running it
    /// again finishes an interrupted run.
    /// </summary>
    public static async Task<Ok<KeyRotationView>> Reencrypt(
        HttpContext http, KeyRotation rotation, FieldKeys keys, SecurityAuditLog audit)
    {
        await audit.RecordAsync(http, "field-keys-reencrypt", null, "started");
        var keyId = keys.Reload();
        var reencrypted = await rotation.ReencryptAsync(CancellationToken.None);
        await audit.RecordAsync(http, "field-keys-reencrypt", $"key/{keyId}", "completed");
        return TypedResults.Ok(new KeyRotationView(keyId, reencrypted));
    }
}

/// <summary>The outcome of a rotation: the new key's number and how many victims were re-encrypted under it.</summary>
public sealed record KeyRotationView(int KeyId, int Reencrypted);
