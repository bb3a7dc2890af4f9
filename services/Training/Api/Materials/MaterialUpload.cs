using Justice.ServiceDefaults.Http;
using Justice.Training.Domain.Materials;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Training.Api.Materials;

/// <summary>A file uploaded as a language version, checked: its clean name, what its content is, and its bytes.</summary>
public sealed record MaterialUpload(string FileName, MaterialFileType Type, byte[] Bytes)
{
    /// <summary>The largest file a version may be: 20 MiB.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;
    /// <summary>An upload's body: the file and the multipart framing around it.</summary>
    public const long MaxBodyBytes = MaxFileBytes + RequestLimits.MaxBodyBytes;
    /// <summary>The one part a multipart upload has.</summary>
    public const string FileField = "file";

    /// <summary>
    /// The <paramref name="file"/> of <paramref name="form"/>, once the form is found to hold that one part and nothing
    /// else, within the size limit, named with the extension of what its content is; otherwise the problem that says why.
    /// </summary>
    public static async Task<(MaterialUpload? Upload, ProblemHttpResult? Problem)> ReadAsync(
        IFormCollection form, IFormFile? file, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var field in form.Keys)
        {
            errors[field] = ["This field is not allowed; send only the file."];
        }
        foreach (var other in form.Files.Select(f => f.Name).Where(name => name != FileField).Distinct(StringComparer.Ordinal))
        {
            errors[other] = [$"This part is not allowed; send one part named \"{FileField}\"."];
        }
        var files = form.Files.GetFiles(FileField);
        if (files.Count != 1 || file is null)
        {
            errors[FileField] = [files.Count == 0 ? "A file is required." : "Send one file at a time."];
        }
        if (errors.Count > 0)
        {
            return (null, Problems.Validation(errors));
        }
        if (file!.Length > MaxFileBytes)
        {
            return (null, FileProblem(StatusCodes.Status413PayloadTooLarge, "File too large",
                $"A file may be at most {RequestLimits.Describe(MaxFileBytes)}."));
        }
        if (file.Length == 0)
        {
            return (null, Problems.Invalid(FileField, "The file is empty."));
        }
        if (MaterialRules.CleanFileName(file.FileName) is not { } fileName)
        {
            return (null, Problems.Invalid(FileField,
                $"The file needs a name of at most {MaterialVersion.MaxFileNameLength} characters, without control characters or quotes."));
        }
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }
        var check = MaterialFileTypes.Check(fileName, bytes);
        return check.Type is null
            ? (null, FileProblem(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type", check.Refusal!))
            : (new MaterialUpload(fileName, check.Type, bytes), null);
    }

    /// <summary>A refusal of the file itself, with the status that says what kind (413, 415), naming the part.</summary>
    private static ProblemHttpResult FileProblem(int status, string title, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [FileField] = [message] })
        {
            Status = status,
            Title = title,
        });
}
