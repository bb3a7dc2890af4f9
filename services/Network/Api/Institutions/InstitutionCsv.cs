using CsvHelper;
using Justice.Api;
using Justice.Contracts;
using Justice.ServiceDefaults.Http;

namespace Justice.Network.Api.Institutions;

/// <summary>A data row of an import file, with the line of the file it starts on.</summary>
public sealed record InstitutionRow(long Line, string RegionCode, InstitutionRequest Fields);

/// <summary>
/// Reads an import file: UTF-8 CSV (RFC 4180, comma-separated; quoted fields may hold commas and doubled quotes)
/// whose header names the columns <see cref="Columns"/>, in any order. What cannot be read is reported by line
/// (<c>line 4</c>, the line a row starts on) or as <c>header</c>; the rows read are checked by the caller, which refuses
/// a line break inside a field as it refuses any control character.
/// </summary>
public static class InstitutionCsv
{
    public const string RegionColumn = "region_code";
    public static readonly IReadOnlyList<string> Columns = [RegionColumn, "type", "name_bg", "name_en", "address", "contact"];

    /// <summary>The key of a problem with one field of one line: <c>line 3: type</c>.</summary>
    public static string Key(long line, string? column = null) => column is null ? $"line {line}" : $"line {line}: {column}";

    /// <summary>The rows of <paramref name="text"/>, at most <paramref name="maxRows"/>, and what is wrong with the file by key.</summary>
    public static (List<InstitutionRow> Rows, Dictionary<string, List<string>> Errors) Read(string text, int maxRows)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var rows = new List<InstitutionRow>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
            // A bad line is left out of the rows and reported; the file is then refused as a whole.
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => Add(errors, Key(record.LineNumber), Describe(record.Reason)),
        };
        try
        {
            using var csv = CsvReader.Create(new StringReader(text), options, leaveOpen: false);
            var columns = HeaderColumns(csv.Headers.ToList(), errors);
            if (columns is null)
            {
                return (rows, errors);
            }
            while (csv.Read())
            {
                if (csv.RowNumber > maxRows)
                {
                    Add(errors, "file", ReaderLanguage.Pick($"Файлът може да има най-много {maxRows} реда.",
                        $"A file may hold at most {maxRows} rows.", $"Un fichier peut contenir au plus {maxRows} lignes."));
                    break;
                }
                string Field(string column) => csv.GetString(columns[column]).Trim();
                rows.Add(new InstitutionRow(csv.LineNumber, JudicialRegionCode.Normalize(Field(RegionColumn)),
                    new InstitutionRequest(Field("type"), Field("name_bg"), Field("name_en"), Field("address"), Field("contact"))));
            }
        }
        catch (CsvFormatException ex)
        {
            Add(errors, ex.LineNumber > 0 ? Key(ex.LineNumber) : "file", ReaderLanguage.Pick("Редът не може да бъде прочетен като CSV.",
                "The line cannot be read as CSV.", "La ligne ne peut pas être lue comme CSV."));
        }
        return (rows, errors);
    }

    /// <summary>Each column's index, or null (with the problem) when the header does not name exactly <see cref="Columns"/>.</summary>
    private static Dictionary<string, int>? HeaderColumns(List<string> header, Dictionary<string, List<string>> errors)
    {
        var names = header.Select(name => name.Trim().ToLowerInvariant()).ToList();
        var problems = new List<string>();
        if (names.Count == 0 || (names.Count == 1 && names[0].Length == 0))
        {
            problems.Add(ReaderLanguage.Pick("Файлът е празен: нужен е заглавен ред и поне един ред с данни.",
                "The file is empty: a header line and at least one row are needed.",
                "Le fichier est vide : il faut une ligne d'en-tête et au moins une ligne."));
        }
        else
        {
            problems.AddRange(Columns.Where(column => !names.Contains(column)).Select(column => ReaderLanguage.Pick(
                $"Липсва колона {column}.", $"The column {column} is missing.", $"La colonne {column} manque.")));
            problems.AddRange(names.Where(name => !Columns.Contains(name)).Distinct().Select(name => ReaderLanguage.Pick(
                $"Непозната колона „{name}“; колоните са: {string.Join(",", Columns)}.",
                $"Unknown column \"{name}\"; the columns are: {string.Join(",", Columns)}.",
                $"Colonne inconnue « {name} » ; les colonnes sont : {string.Join(",", Columns)}.")));
            problems.AddRange(names.Where(Columns.Contains).GroupBy(name => name).Where(g => g.Count() > 1).Select(g => ReaderLanguage.Pick(
                $"Колоната {g.Key} се среща повече от веднъж.", $"The column {g.Key} appears more than once.",
                $"La colonne {g.Key} apparaît plusieurs fois.")));
        }
        if (problems.Count > 0)
        {
            errors["header"] = problems;
            return null;
        }
        return Columns.ToDictionary(column => column, column => names.IndexOf(column), StringComparer.Ordinal);
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => ReaderLanguage.Pick(
            $"Редът трябва да има {Columns.Count} полета, разделени със запетаи, колкото колоните в заглавния ред.",
            $"The line must have {Columns.Count} comma-separated fields, as many as the header's columns.",
            $"La ligne doit avoir {Columns.Count} champs séparés par des virgules, autant que de colonnes dans l'en-tête."),
        CsvMalformedReason.UnterminatedQuote => ReaderLanguage.Pick(
            "Кавичките на поле не са затворени до края на файла.", "A field's quotes are not closed before the end of the file.",
            "Les guillemets d'un champ ne sont pas fermés avant la fin du fichier."),
        _ => ReaderLanguage.Pick(
            "Кавичките на ред са сгрешени: поле с кавички започва и завършва с кавичка, а кавичка в него се удвоява.",
            "The line's quotes are wrong: a quoted field starts and ends with a quote, and a quote inside it is doubled.",
            "Les guillemets de la ligne sont erronés : un champ entre guillemets commence et finit par un guillemet, et un guillemet à l'intérieur est doublé."),
    };

    /// <summary>Adds <paramref name="message"/> under <paramref name="key"/>, once.</summary>
    internal static void Add(Dictionary<string, List<string>> errors, string key, string message)
    {
        if (!errors.TryGetValue(key, out var messages))
        {
            errors[key] = messages = [];
        }
        if (!messages.Contains(message))
        {
            messages.Add(message);
        }
    }
}
