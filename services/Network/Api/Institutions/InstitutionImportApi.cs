using System.Text;
using System.Text.Json;
using FluentValidation;
using Justice.Api;
using Justice.Contracts;
using Justice.Network.Data;
using Justice.Network.Domain.Institutions;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Npgsql;

namespace Justice.Network.Api.Institutions;

/// <summary>
/// Institutions of any regions at once, from a CSV file (national admins): all of its rows or none. Every bad row is
/// reported by its line and column (<c>line 3: type</c>).
/// </summary>
public static partial class InstitutionImportApi
{
    /// <summary>The most rows a file may hold.</summary>
    public const int MaxRows = 2000;
    /// <summary>The largest file: 1 MiB.</summary>
    public const long MaxBodyBytes = 1024 * 1024;
    public const string ContentType = "text/csv";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static RouteGroupBuilder MapInstitutionImportApi(this RouteGroupBuilder institutions)
    {
        institutions.MapPost("/import", Import).WithName("ImportInstitutions")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin))
            .WithSummary($"Imports institutions from a UTF-8 CSV file sent as the body (Content-Type: {ContentType}; at most "
                + $"{MaxRows} rows, {RequestLimits.Describe(MaxBodyBytes)}) with the header {string.Join(",", InstitutionCsv.Columns)}: all rows or none; "
                + "errors are keyed by line and column, e.g. \"line 3: type\".")
            .WithMaxBodyBytes(MaxBodyBytes)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "The CSV file: a header line naming the columns, then one institution a line.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [ContentType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                };
                return Task.CompletedTask;
            })
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return institutions;
    }

    public static async Task<Results<Ok<InstitutionImportResult>, ProblemHttpResult>> Import(
        HttpRequest request, NetworkDbContext db, IValidator<InstitutionRequest> validator, TimeProvider clock,
        ILogger<Institution> logger, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase)
            || (type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return Problems.UnsupportedMediaType($"The body must be a UTF-8 CSV file (Content-Type: {ContentType}).");
        }
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        string text;
        try
        {
            text = StrictUtf8.GetString(body.GetBuffer(), 0, (int)body.Length).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Problems.Invalid("file", ReaderLanguage.Pick("Файлът не е в UTF-8.", "The file is not UTF-8 text.",
                "Le fichier n'est pas un texte UTF-8."));
        }

        var (rows, errors) = InstitutionCsv.Read(text, MaxRows);
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors["file"] = [ReaderLanguage.Pick("Файлът няма редове с данни.", "The file has no rows.", "Le fichier n'a aucune ligne.")];
        }
        var valid = new List<InstitutionRow>();
        foreach (var row in rows)
        {
            if (await CheckAsync(row, validator, errors, cancellationToken))
            {
                valid.Add(row);
            }
        }
        await FindDuplicatesAsync(valid, db, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }

        var now = clock.GetUtcNow();
        foreach (var row in rows)
        {
            var institution = new Institution { Id = Guid.CreateVersion7(), RegionCode = row.RegionCode, Type = "", NameBg = "", CreatedAt = now };
            row.Fields.ApplyTo(institution);
            db.Institutions.Add(institution);
        }
        try
        {
            // One statement batch, one transaction: every row or none.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict(ReaderLanguage.Pick(
                "Междувременно е добавена институция със същите съдебен район и име; нищо не е внесено. Изпратете файла отново.",
                "An institution of the same region and name was added meanwhile; nothing was imported. Send the file again.",
                "Une institution de même région et de même nom a été ajoutée entre-temps ; rien n'a été importé. Renvoyez le fichier."));
        }
        LogImported(logger, rows.Count);
        return TypedResults.Ok(new InstitutionImportResult(rows.Count));
    }

    /// <summary>Whether the row's region and fields are valid; each problem is added under its line and column.</summary>
    private static async Task<bool> CheckAsync(InstitutionRow row, IValidator<InstitutionRequest> validator,
        Dictionary<string, List<string>> errors, CancellationToken cancellationToken)
    {
        var known = JudicialRegionCode.IsKnown(row.RegionCode);
        if (!known)
        {
            InstitutionCsv.Add(errors, InstitutionCsv.Key(row.Line, InstitutionCsv.RegionColumn), ReaderLanguage.Pick(
                "Непознат съдебен район; кодовете са от BG-01 до BG-28.", "Unknown judicial region; codes run from BG-01 to BG-28.",
                "Région judiciaire inconnue ; les codes vont de BG-01 à BG-28."));
        }
        var result = await validator.ValidateAsync(row.Fields, cancellationToken);
        foreach (var error in result.Errors)
        {
            // The validator names fields as the JSON body does (nameBg); the file's columns are snake_case (name_bg).
            var column = JsonNamingPolicy.SnakeCaseLower.ConvertName(error.PropertyName);
            InstitutionCsv.Add(errors, InstitutionCsv.Key(row.Line, column), error.ErrorMessage);
        }
        return known && result.IsValid;
    }

    /// <summary>Valid rows naming an institution already in the file above them, or already in the region.</summary>
    private static async Task FindDuplicatesAsync(List<InstitutionRow> rows, NetworkDbContext db,
        Dictionary<string, List<string>> errors, CancellationToken cancellationToken)
    {
        var first = new Dictionary<(string, string), long>();
        foreach (var row in rows)
        {
            var key = (row.RegionCode, row.Fields.NameBg!.Trim());
            if (first.TryGetValue(key, out var line))
            {
                InstitutionCsv.Add(errors, InstitutionCsv.Key(row.Line, "name_bg"), ReaderLanguage.Pick(
                    $"Ред {line} е със същите съдебен район и име.", $"Line {line} has the same region and name.",
                    $"La ligne {line} a la même région et le même nom."));
            }
            else
            {
                first[key] = row.Line;
            }
        }
        var regions = first.Keys.Select(k => k.Item1).Distinct().ToList();
        var names = first.Keys.Select(k => k.Item2).Distinct().ToList();
        var existing = (await db.Institutions.AsNoTracking()
                .Where(i => regions.Contains(i.RegionCode) && names.Contains(i.NameBg))
                .Select(i => new { i.RegionCode, i.NameBg })
                .ToListAsync(cancellationToken))
            .Select(i => (i.RegionCode, i.NameBg))
            .ToHashSet();
        foreach (var row in rows.Where(r => existing.Contains((r.RegionCode, r.Fields.NameBg!.Trim()))))
        {
            InstitutionCsv.Add(errors, InstitutionCsv.Key(row.Line, "name_bg"), ReaderLanguage.Pick(
                "Съдебният район вече има институция с това име.", "The judicial region already has an institution of this name.",
                "La région judiciaire a déjà une institution de ce nom."));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} institutions imported")]
    private static partial void LogImported(ILogger logger, int count);
}
