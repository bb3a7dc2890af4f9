using System.Reflection;
using System.Text;

namespace Justice.Messaging;

/// <summary>
/// Reads reference data that a service embeds from <c>shared/domain/*.csv</c> (RFC 4180: commas,
/// double-quoted fields with doubled quotes). Rows come back as dictionaries keyed by the header.
/// </summary>
public static class SeedCsv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadEmbedded(Assembly assembly, string fileName)
    {
        var resource = assembly.GetManifestResourceNames()
            .SingleOrDefault(name => name.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} embeds no {fileName}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Length > 0)
            .ToList();
        var header = ParseLine(lines[0]);
        return lines.Skip(1)
            .Select(ParseLine)
            .Select(fields => (IReadOnlyDictionary<string, string>)header
                .Select((name, i) => (name, value: i < fields.Count ? fields[i] : ""))
                .ToDictionary(pair => pair.name, pair => pair.value, StringComparer.Ordinal))
            .ToList();
    }

    private static List<string> ParseLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields;
    }
}
