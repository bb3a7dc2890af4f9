using System.Text.RegularExpressions;

namespace Justice.Dashboard;

/// <summary>The outcome of reading a command line: options, or what is wrong with it.</summary>
public sealed record ParsedOptions(DashboardOptions? Options, string? Error);

/// <summary>Reads <c>--name value</c> and <c>--name=value</c> options, and the secret from the environment.</summary>
public static partial class OptionsParser
{
    public static ParsedOptions Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var options = new DashboardOptions();
        var fileGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = Split(args[i]);
            if (name is "--once" or "--help" or "-h")
            {
                if (inline is not null)
                {
                    return Fail($"{name} takes no value.");
                }
                options = name == "--once" ? options with { Once = true } : options with { Help = true };
                continue;
            }
            if (!Known.Contains(name))
            {
                return Fail($"Unknown option {name}. Try --help.");
            }
            var value = inline ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
            if (string.IsNullOrWhiteSpace(value))
            {
                return Fail($"{name} needs a value.");
            }
            var (next, error) = Apply(options, name, value.Trim());
            if (error is not null)
            {
                return Fail(error);
            }
            options = next;
            fileGiven |= name == "--secret-file";
        }
        // A secret on the command line wins, then a file named there, then the environment, then the AppHost's file.
        return new ParsedOptions(options.Secret is null && !fileGiven
            ? options with { Secret = Blank(environment(DashboardOptions.SecretVariable)) }
            : options, null);
    }

    private static readonly HashSet<string> Known =
        ["--gateway", "--grpc", "--client-id", "--secret", "--secret-file", "--region", "--language"];

    private static (DashboardOptions Options, string? Error) Apply(DashboardOptions options, string name, string value) => name switch
    {
        "--gateway" => Address(value) is { } gateway ? (options with { Gateway = gateway }, null) : (options, BadAddress(name, value)),
        "--grpc" => Address(value) is { } grpc ? (options with { Grpc = grpc }, null) : (options, BadAddress(name, value)),
        "--client-id" => (options with { ClientId = value }, null),
        "--secret" => (options with { Secret = value }, null),
        "--secret-file" => (options with { SecretFile = value }, null),
        "--region" => RegionCode().IsMatch(value.ToUpperInvariant())
            ? (options with { Region = value.ToUpperInvariant() }, null)
            : (options, $"--region must look like BG-05 (BG-01 … BG-28), not '{value}'."),
        "--language" => Texts.Languages.Contains(value.ToLowerInvariant())
            ? (options with { Language = value.ToLowerInvariant() }, null)
            : (options, $"--language must be bg, en or fr, not '{value}'."),
        _ => (options, $"Unknown option {name}."),
    };

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static Uri? Address(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    private static string BadAddress(string name, string value) => $"{name} must be an http:// or https:// address, not '{value}'.";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ParsedOptions Fail(string error) => new(null, error);

    [GeneratedRegex("^BG-(0[1-9]|1[0-9]|2[0-8])$")]
    private static partial Regex RegionCode();
}
