using System.Text.Json;
using FluentValidation;

namespace Justice.Api;

/// <summary>
/// The base of every request validator: errors name fields as the JSON does (<c>agenda[0].day</c>, not
/// <c>Agenda[0].Day</c>), and a field's rules stop at its first failure, so each bad field gets one clear message.
/// </summary>
public abstract class RequestValidator<T> : AbstractValidator<T>
{
    static RequestValidator()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => JsonName(member?.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => JsonName(member?.Name);
    }

    protected RequestValidator() => RuleLevelCascadeMode = CascadeMode.Stop;

    private static string? JsonName(string? name) => name is null ? null : JsonNamingPolicy.CamelCase.ConvertName(name);
}
