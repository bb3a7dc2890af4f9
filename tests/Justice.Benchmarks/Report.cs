using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Justice.Benchmarks;

/// <summary>
/// One line of the table. <see cref="Rate"/> is what was completed per second (requests, registrations, messages) or,
/// for an event lag, the rate offered; the percentiles are milliseconds.
/// </summary>
public sealed record Figure(string Scenario, string Via, string Load, double? Rate, double? P50Ms, double? P99Ms, long? Errors,
    IReadOnlyDictionary<string, long>? ErrorsByKind = null)
{
    public static Figure Of(string scenario, string via, string load, LoadResult result) =>
        new(scenario, via, load, result.AchievedPerSecond, result.P50Ms, result.P99Ms, result.Errors,
            result.Errors > 0 ? result.ErrorsByKind : null);
}

/// <summary>A comparison of two figures measured side by side, with the target it is held to.</summary>
public sealed record Ratio(string Name, double Value, string Target);

/// <summary>The machine the figures were measured on.</summary>
public sealed record Machine(int Cores, double MemoryGiB, string Os, string Runtime)
{
    public static Machine Describe() => new(
        Environment.ProcessorCount,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
        System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
}

/// <summary>Every figure of a run: printed as one table, and written as JSON with the same numbers.</summary>
public sealed class Report(Machine machine)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // A ratio over a run that completed nothing is NaN; the file says so rather than failing to be written.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public DateTimeOffset Date { get; } = DateTimeOffset.UtcNow;
    public Machine Machine { get; } = machine;
    public List<Figure> Figures { get; } = [];
    public List<Ratio> Ratios { get; } = [];
    /// <summary>Where the CPU went in each scenario: what bounds a figure on a machine whose cores are all busy.</summary>
    public List<CpuShare> Cpu { get; } = [];
    /// <summary>How the system was run, where that differs from <c>./eng/run.sh</c>, and how things were measured.</summary>
    public List<string> Notes { get; } = [];
    public TimeSpan Duration { get; set; }

    public void Add(Figure figure)
    {
        Figures.Add(figure);
        Console.Error.WriteLine($"  measured: {Row(figure)}");
    }

    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Justice.Aspire benchmarks, {Date:yyyy-MM-dd HH:mm} UTC, {Machine.Cores} cores, {Machine.MemoryGiB} GiB, {Machine.Os}, {Machine.Runtime}, run took {Duration.TotalMinutes:0.0} min");
        text.AppendLine();
        text.AppendLine("| scenario | via | load | per second | p50 ms | p99 ms | errors |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var figure in Figures)
        {
            text.AppendLine(Row(figure));
        }
        text.AppendLine();
        text.AppendLine("| ratio | value | target |");
        text.AppendLine("|---|---:|---|");
        foreach (var ratio in Ratios)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {ratio.Name} | {ratio.Value:0.00} | {ratio.Target} |");
        }
        text.AppendLine();
        if (Cpu.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| scenario (CPU) | seconds | machine busy, {Machine.Cores} cores | of it, taken by the host (steal) | cores used by each program |");
            text.AppendLine("|---|---:|---:|---:|---|");
            foreach (var share in Cpu)
            {
                var programs = string.Join(", ", share.Programs.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Program} {p.Cores:0.00}")));
                text.AppendLine(CultureInfo.InvariantCulture, $"| {share.Scenario} | {share.Seconds:0} | {share.BusyPercent:0}% | {share.StealPercent:0.0}% | {programs} |");
            }
            text.AppendLine();
        }
        foreach (var figure in Figures.Where(figure => figure.ErrorsByKind is not null))
        {
            var kinds = string.Join(", ", figure.ErrorsByKind!.Select(kind => $"{kind.Key} × {kind.Value}"));
            text.AppendLine(CultureInfo.InvariantCulture, $"- Errors of {figure.Scenario} via {figure.Via} ({figure.Load}): {kinds}.");
        }
        foreach (var note in Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }
        return text.ToString();
    }

    public async Task WriteJsonAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, new { Date, Machine, DurationSeconds = Math.Round(Duration.TotalSeconds), Figures, Ratios, Cpu, Notes }, Json);
    }

    private static string Row(Figure figure) => string.Create(CultureInfo.InvariantCulture,
        $"| {figure.Scenario} | {figure.Via} | {figure.Load} | {Number(figure.Rate)} | {Number(figure.P50Ms)} | {Number(figure.P99Ms)} | {figure.Errors?.ToString(CultureInfo.InvariantCulture) ?? ""} |");

    private static string Number(double? value) => value switch
    {
        null => "",
        >= 100 => value.Value.ToString("0", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("0.0#", CultureInfo.InvariantCulture),
    };
}
