using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Api.Files;

/// <summary>What an upload endpoint takes: the types its files may be, and how large and how long-named they may be.</summary>
/// <param name="Allowed">The types a file may be (decided from its content).</param>
/// <param name="MaxFileBytes">The largest file.</param>
/// <param name="MaxFileNameLength">The longest name a file is kept under.</param>
public sealed record FileUploadRules(IReadOnlyList<FileType> Allowed, long MaxFileBytes, int MaxFileNameLength)
{
    /// <summary>An upload's body: the file and the multipart framing around it.</summary>
    public long MaxBodyBytes => MaxFileBytes + RequestLimits.MaxBodyBytes;

    /// <summary>How the endpoint's body is sent, for its OpenAPI description.</summary>
    public string Describe() =>
        $"multipart/form-data with one part named \"{FileUpload.FileField}\": a {string.Join(" or ", Allowed.Select(t => t.Name))} "
        + $"file of up to {RequestLimits.Describe(MaxFileBytes)} (its type is decided from its content, and its name must have the matching extension).";
}

/// <summary>A file uploaded as multipart/form-data, checked: its clean name, what its content is, and its bytes.</summary>
public sealed record FileUpload(string FileName, FileType Type, byte[] Bytes)
{
    /// <summary>The one part a multipart upload has.</summary>
    public const string FileField = "file";

    /// <summary>
    /// The <paramref name="file"/> of <paramref name="form"/>, once the form is found to hold that one part and nothing
    /// else, within <paramref name="rules"/>' size, named with the extension of what its content is (one of the allowed
    /// types); otherwise the problem that says why: 400, 413 for a file too large, 415 for a content not allowed.
    /// </summary>
    public static async Task<(FileUpload? Upload, ProblemHttpResult? Problem)> ReadAsync(
        IFormCollection form, IFormFile? file, FileUploadRules rules, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var field in form.Keys)
        {
            errors[field] = [ReaderLanguage.Pick("Това поле не е позволено; изпратете само файла.",
                "This field is not allowed; send only the file.", "Ce champ n'est pas autorisé ; envoyez uniquement le fichier.")];
        }
        foreach (var other in form.Files.Select(f => f.Name).Where(name => name != FileField).Distinct(StringComparer.Ordinal))
        {
            errors[other] = [ReaderLanguage.Pick($"Тази част не е позволена; изпратете една част с име \"{FileField}\".",
                $"This part is not allowed; send one part named \"{FileField}\".",
                $"Cette partie n'est pas autorisée ; envoyez une seule partie nommée \"{FileField}\".")];
        }
        var files = form.Files.GetFiles(FileField);
        if (files.Count != 1 || file is null)
        {
            errors[FileField] = [files.Count == 0
                ? ReaderLanguage.Pick("Нужен е файл.", "A file is required.", "Un fichier est requis.")
                : ReaderLanguage.Pick("Изпращайте по един файл.", "Send one file at a time.", "Envoyez un seul fichier à la fois.")];
        }
        if (errors.Count > 0)
        {
            return (null, Problems.Validation(errors));
        }
        if (file!.Length > rules.MaxFileBytes)
        {
            var maxSize = RequestLimits.Describe(rules.MaxFileBytes);
            return (null, FileProblem(StatusCodes.Status413PayloadTooLarge,
                ReaderLanguage.Pick("Файлът е твърде голям", "File too large", "Fichier trop volumineux"),
                ReaderLanguage.Pick($"Файлът може да бъде най-много {maxSize}.", $"A file may be at most {maxSize}.",
                    $"Un fichier ne peut pas dépasser {maxSize}.")));
        }
        if (file.Length == 0)
        {
            return (null, Problems.Invalid(FileField, FileTypes.Empty));
        }
        if (CleanFileName(file.FileName, rules.MaxFileNameLength) is not { } fileName)
        {
            var longest = rules.MaxFileNameLength;
            return (null, Problems.Invalid(FileField, ReaderLanguage.Pick(
                $"Файлът трябва да има име от най-много {longest} знака, без управляващи знаци и кавички.",
                $"The file needs a name of at most {longest} characters, without control characters or quotes.",
                $"Le fichier doit avoir un nom de {longest} caractères au plus, sans caractères de contrôle ni guillemets.")));
        }
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }
        var check = FileTypes.Check(fileName, bytes, rules.Allowed);
        return check.Type is null
            ? (null, FileProblem(StatusCodes.Status415UnsupportedMediaType,
                ReaderLanguage.Pick("Неподдържан вид файл", "Unsupported file type", "Type de fichier non pris en charge"), check.Refusal!))
            : (new FileUpload(fileName, check.Type, bytes), null);
    }

    /// <summary>
    /// The name a file is stored and downloaded under: the last segment of what the client sent (browsers may send a
    /// whole path), or null when nothing usable is left or it is longer than <paramref name="maxLength"/>.
    /// </summary>
    public static string? CleanFileName(string? name, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var last = name[(name.LastIndexOfAny(['/', '\\']) + 1)..].Trim();
        return last.Length == 0 || last is "." or ".." || last.Length > maxLength
            || InvisibleCharacters.Any(last) || last.Contains('"', StringComparison.Ordinal)
            ? null
            : last;
    }

    /// <summary>A refusal of the file itself, with the status that says what kind (413, 415), naming the part.</summary>
    private static ProblemHttpResult FileProblem(int status, string title, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [FileField] = [message] })
        {
            Status = status,
            Title = title,
        });
}
