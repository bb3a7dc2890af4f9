using System.Text.RegularExpressions;
using Justice.Testing;

namespace Justice.Gateway.Tests;

/// <summary>The gRPC contracts as their .proto files in services/Contracts/Protos declare them, read as text.</summary>
public static partial class Contracts
{
    public sealed record Service(string FullName, IReadOnlyList<string> Methods);

    /// <summary>A .proto file: its path under Protos/, its package and its services.</summary>
    public sealed record ProtoFile(string Name, string Package, IReadOnlyList<Service> Services)
    {
        /// <summary>The Aspire name of the service that serves it: <c>justice.training.v1</c> → <c>training</c>.</summary>
        public string Owner => Package.Split('.')[1];
    }

    public static IReadOnlyList<ProtoFile> Files { get; } = Read();

    public static IEnumerable<Service> Services => Files.SelectMany(file => file.Services);

    private static List<ProtoFile> Read()
    {
        var root = Path.Combine(TestServers.RepositoryRoot, "services", "Contracts", "Protos");
        return
        [
            .. Directory.EnumerateFiles(root, "*.proto", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(path =>
            {
                var text = File.ReadAllText(path);
                var package = PackagePattern().Match(text).Groups[1].Value;
                var starts = ServicePattern().Matches(text);
                var services = starts.Select((start, i) =>
                {
                    var end = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
                    var methods = RpcPattern().Matches(text[start.Index..end]).Select(rpc => rpc.Groups[1].Value).ToList();
                    return new Service($"{package}.{start.Groups[1].Value}", methods);
                }).ToList();
                return new ProtoFile(Path.GetRelativePath(root, path).Replace('\\', '/'), package, services);
            }),
        ];
    }

    [GeneratedRegex(@"^\s*package\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex PackagePattern();

    [GeneratedRegex(@"^\s*service\s+(\w+)\s*\{", RegexOptions.Multiline)]
    private static partial Regex ServicePattern();

    [GeneratedRegex(@"^\s*rpc\s+(\w+)\s*\(", RegexOptions.Multiline)]
    private static partial Regex RpcPattern();
}
