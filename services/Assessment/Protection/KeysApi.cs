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
}

/// <summary>The outcome of a rotation: the new key's number and how many victims were re-encrypted under it.</summary>
public sealed record KeyRotationView(int KeyId, int Reencrypted);
