using System.Reflection;
using System.Text;
using CsvHelper;

namespace Justice.Persistence;

/// <summary>
/// Reads reference data a service embeds as CSV (RFC 4180 with a header row: quoted fields may hold commas,
/// doubled quotes and line breaks), one record per row, each made by <c>map</c> from the row's named columns.
/// </summary>
public static class ReferenceData
{
    private static readonly CsvReaderOptions Options = new() { AllowLineBreaksInQuotes = true, HasHeader = true };

    /// <summary>Every row of the embedded <paramref name="fileName"/> of <paramref name="assembly"/>.</summary>
    public static IReadOnlyList<T> Read<T>(Assembly assembly, string fileName, Func<CsvReader, T> map)
    {
        var resource = assembly.GetManifestResourceNames()
            .SingleOrDefault(name => name.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} embeds no {fileName}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var text = new StreamReader(stream, Encoding.UTF8);
        return Parse(text, map);
    }

    public static IReadOnlyList<T> Parse<T>(TextReader text, Func<CsvReader, T> map)
    {
        using var csv = CsvReader.Create(text, Options, leaveOpen: true);
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(csv));
        }
        return rows;
    }
}
