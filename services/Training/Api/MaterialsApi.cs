using System.Security.Cryptography;
using Justice.Audit;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Data;
using Justice.Training.Domain.Competencies;
using Justice.Training.Domain.Materials;
using Justice.Training.Materials;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Npgsql;

namespace Justice.Training.Api;

/// <summary>
/// The training materials package: manuals, presentations, case studies, handouts and the film, each in up to
/// three languages and linked to the competencies it develops. Everyone in the programme reads and downloads;
/// national admins create, upload and delete.
/// </summary>
public static class MaterialsApi
{
    /// <summary>The largest file a version may be: 20 MiB.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;
    /// <summary>An upload's body: the file and the multipart framing around it.</summary>
    public const long MaxUploadBodyBytes = MaxFileBytes + RequestLimits.MaxBodyBytes;

    private const string FileField = "file";

    public static RouteGroupBuilder MapMaterialsApi(this IEndpointRouteBuilder app)
    {
        var materials = app.MapGroup("/api/training/materials").WithTags("Training materials")
            .RequireAuthorization(policy => policy.RequireRole(Roles.People));
        var editors = new[] { Roles.NationalAdmin };

        materials.MapPost("/", Create).WithName("CreateMaterial")
            .WithSummary("Adds a material to the package (national admins); its language versions are uploaded next.")
            .RequireAuthorization(policy => policy.RequireRole(editors))
            .Accepts<CreateMaterialRequest>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        materials.MapGet("/", List).WithName("ListMaterials")
            .WithSummary("The package's materials, newest first, a page at a time; by kind, competency or language.")
            .ProducesValidationProblem();
        materials.MapGet("/{id:guid}", Get).WithName("GetMaterial")
            .WithSummary("One material with its language versions, titles in the reader's language.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        materials.MapPut("/{id:guid}", Update).WithName("UpdateMaterial")
            .WithSummary("Replaces a material's titles and the competencies it develops (national admins); its kind stays.")
            .RequireAuthorization(policy => policy.RequireRole(editors))
            .Accepts<UpdateMaterialRequest>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        materials.MapDelete("/{id:guid}", Delete).WithName("DeleteMaterial")
            .WithSummary("Removes a material and all its versions (national admins), unless a session's agenda uses it.")
            .RequireAuthorization(policy => policy.RequireRole(editors))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        materials.MapPut("/{id:guid}/versions/{language}", PutVersion).WithName("PutMaterialVersion")
            .WithSummary("Uploads or replaces a language version (national admins): a PDF, DOCX, PPTX or MP4 file of up to 20 MiB, or a film's https link.")
            .WithDescription("multipart/form-data with one part named \"file\" (its type is decided from its content, and its name "
                + "must have the matching extension), or, for a film only, application/json {\"externalUrl\": \"https://…\"}.")
            .WithMaxBodyBytes(MaxUploadBodyBytes)
            .RequireAuthorization(policy => policy.RequireRole(editors))
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                DescribeUpload(operation);
                return Task.CompletedTask;
            })
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        materials.MapGet("/{id:guid}/versions/{language}/file", Download).WithName("DownloadMaterialVersion")
            .WithSummary("The version's file, as uploaded; a film kept on another site redirects there.")
            .Produces(StatusCodes.Status200OK, contentType: MaterialFileTypes.Pdf.ContentType,
                additionalContentTypes: [.. MaterialFileTypes.All.Skip(1).Select(t => t.ContentType)])
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                DescribeDownload(operation);
                return Task.CompletedTask;
            })
            .Produces(StatusCodes.Status302Found).Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        materials.MapDelete("/{id:guid}/versions/{language}", DeleteVersion).WithName("DeleteMaterialVersion")
            .WithSummary("Removes one language version (national admins).")
            .RequireAuthorization(policy => policy.RequireRole(editors))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return materials;
    }

    public static async Task<Results<Created<MaterialView>, ProblemHttpResult>> Create(
        HttpRequest request, TrainingDbContext db, TimeProvider clock, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<CreateMaterialRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        var input = body.Value!;
        var errors = new ValidationErrors();
        var kind = MaterialKinds.Parse(input.Kind);
        if (kind is null)
        {
            errors.Add("kind", $"One of: {string.Join(", ", MaterialKinds.Codes)}.");
        }
        var description = ValidateDescription(input.Titles, input.Competencies,
            await CompetencyCodes.KnownAsync(db, cancellationToken), errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        var material = new Material
        {
            Id = Guid.CreateVersion7(now),
            Kind = kind!.Value,
            TitleBg = description!.TitleBg,
            TitleEn = description.TitleEn,
            TitleFr = description.TitleFr,
            Competencies = description.Competencies,
            CreatedAt = now,
        };
        db.Materials.Add(material);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(request.HttpContext, "material-create", material.Id.ToString(), "done");
        var names = await CompetencyNamesAsync(db, material.Competencies, cancellationToken);
        return TypedResults.Created($"/api/training/materials/{material.Id}", MaterialView.From(material, names));
    }

    public static async Task<Results<Ok<MaterialView>, ProblemHttpResult>> Update(
        Guid id, HttpRequest request, TrainingDbContext db, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<UpdateMaterialRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        var errors = new ValidationErrors();
        var description = ValidateDescription(body.Value!.Titles, body.Value.Competencies,
            await CompetencyCodes.KnownAsync(db, cancellationToken), errors);
        if (description is null)
        {
            return errors.ToProblem();
        }
        var material = await db.Materials.Include(m => m.Versions).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (material is null)
        {
            return MaterialNotFound();
        }

        material.TitleBg = description.TitleBg;
        material.TitleEn = description.TitleEn;
        material.TitleFr = description.TitleFr;
        material.Competencies = description.Competencies;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(request.HttpContext, "material-update", material.Id.ToString(), "done");
        return TypedResults.Ok(MaterialView.From(material, await CompetencyNamesAsync(db, material.Competencies, cancellationToken)));
    }

    /// <summary>Titles (Bulgarian required) and the competencies developed, checked; null with the errors otherwise.</summary>
    private static MaterialDescription? ValidateDescription(
        MaterialTitles? titles, IReadOnlyList<string>? codes, HashSet<string> known, ValidationErrors errors)
    {
        string? titleBg = null, titleEn = null, titleFr = null;
        if (titles is null)
        {
            errors.Add("titles", "The title in Bulgarian (bg) is required; English (en) and French (fr) are optional.");
        }
        else
        {
            titleBg = errors.RequireText("titles.bg", titles.Bg, Material.MaxTitleLength);
            titleEn = titles.En is null ? null : errors.RequireText("titles.en", titles.En, Material.MaxTitleLength);
            titleFr = titles.Fr is null ? null : errors.RequireText("titles.fr", titles.Fr, Material.MaxTitleLength);
        }
        var competencies = CompetencyCodes.Require(codes, known, "competencies", "the competencies it develops", errors);
        return errors.IsEmpty
            ? new MaterialDescription(titleBg!, titleEn, titleFr, [.. competencies.Order(StringComparer.Ordinal)])
            : null;
    }

    private sealed record MaterialDescription(string TitleBg, string? TitleEn, string? TitleFr, List<string> Competencies);

    public static async Task<Results<Ok<PagedList<MaterialView>>, ProblemHttpResult>> List(
        string? kind, string? competency, string? language, string? page, string? pageSize, TrainingDbContext db,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var kindFilter = MaterialKinds.Parse(kind);
        if (kind is not null && kindFilter is null)
        {
            errors.Add("kind", $"One of: {string.Join(", ", MaterialKinds.Codes)}.");
        }
        if (competency is not null && !(await CompetencyCodes.KnownAsync(db, cancellationToken)).Contains(competency))
        {
            errors.Add("competency", "Not a competency of the framework.");
        }
        if (language is not null && !Languages.All.Contains(language))
        {
            errors.Add("language", $"One of: {string.Join(", ", Languages.All)}.");
        }
        var paging = Paging.Request(page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var query = db.Materials.AsNoTracking();
        if (kindFilter is { } wanted)
        {
            query = query.Where(m => m.Kind == wanted);
        }
        if (competency is not null)
        {
            query = query.Where(m => m.Competencies.Contains(competency));
        }
        if (language is not null)
        {
            query = query.Where(m => m.Versions.Any(v => v.Language == language));
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Include(m => m.Versions).OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id)
            .Skip(paging.Offset).Take(paging.Size).ToListAsync(cancellationToken);
        var names = await CompetencyNamesAsync(db, items.SelectMany(m => m.Competencies), cancellationToken);
        return TypedResults.Ok(paging.Of([.. items.Select(m => MaterialView.From(m, names))], total));
    }

    public static async Task<Results<Ok<MaterialView>, ProblemHttpResult>> Get(Guid id, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var material = await db.Materials.AsNoTracking().Include(m => m.Versions).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return material is null
            ? MaterialNotFound()
            : TypedResults.Ok(MaterialView.From(material, await CompetencyNamesAsync(db, material.Competencies, cancellationToken)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, TrainingDbContext db, HttpContext http, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        // A session's agenda keeps pointing at what it used: such a material stays.
        var agendaItem = $$"""[{"materials":["{{id}}"]}]""";
        var linked = await db.Database
            .SqlQuery<int>($"SELECT 1 AS \"Value\" FROM training_sessions WHERE agenda @> {agendaItem}::jsonb")
            .AnyAsync(cancellationToken);
        if (linked)
        {
            return Problems.Conflict("A training session's agenda uses this material; it stays, and new versions may replace its files.");
        }
        // Versions and their bytes go with it (ON DELETE CASCADE), without loading them.
        if (await db.Materials.Where(m => m.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return MaterialNotFound();
        }
        await audit.RecordAsync(http, "material-delete", id.ToString(), "done");
        return TypedResults.NoContent();
    }

    public static async Task<Results<Created<MaterialVersionView>, Ok<MaterialVersionView>, ProblemHttpResult>> PutVersion(
        Guid id, string language, HttpRequest request, TrainingDbContext db, TimeProvider clock, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        if (!Languages.All.Contains(language))
        {
            return Problems.Invalid("language", $"One of: {string.Join(", ", Languages.All)}.");
        }
        var material = await db.Materials.Include(m => m.Versions).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (material is null)
        {
            return MaterialNotFound();
        }
        var upload = IsMultipart(request) ? await ReadFileAsync(request, cancellationToken)
            : request.HasJsonContentType() ? await ReadLinkAsync(request, cancellationToken)
            : new Upload(Problem: TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "Send the file as multipart/form-data (one part named \"file\"), or a film's link as application/json."));
        if (upload.Problem is not null)
        {
            return upload.Problem;
        }
        if (upload.ExternalUrl is { } url && MaterialRules.ExternalLinkRefusal(material.Kind, url) is { } refusal)
        {
            return Problems.Invalid("externalUrl", refusal);
        }

        var now = clock.GetUtcNow();
        var by = request.HttpContext.User.UserId() ?? "unknown";
        var version = material.Versions.SingleOrDefault(v => v.Language == language);
        var isNew = version is null;
        var hadFile = version is { IsLink: false };
        if (version is null)
        {
            version = new MaterialVersion { MaterialId = id, Language = language, UploadedAt = now, UploadedBy = by };
            db.MaterialVersions.Add(version);
        }
        version.FileName = upload.FileName;
        version.ContentType = upload.Type?.ContentType;
        version.Size = upload.Bytes?.LongLength;
        version.Sha256 = upload.Bytes is { } bytes ? Convert.ToHexStringLower(SHA256.HashData(bytes)) : null;
        version.ExternalUrl = upload.ExternalUrl;
        version.UploadedAt = now;
        version.UploadedBy = by;
        // The old bytes are replaced or removed by key, never loaded.
        var content = new MaterialContent { MaterialId = id, Language = language, Bytes = upload.Bytes ?? [] };
        db.Entry(content).State = (hadFile, upload.Bytes is not null) switch
        {
            (true, true) => EntityState.Modified,
            (true, false) => EntityState.Deleted,
            (false, true) => EntityState.Added,
            _ => EntityState.Detached,
        };
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict("This version was uploaded by someone else at the same moment; look at it, then try again.");
        }
        await audit.RecordAsync(request.HttpContext, "material-version-upload", $"{id}/{language}", "done");
        var view = MaterialVersionView.From(version);
        return isNew ? TypedResults.Created(view.File ?? $"/api/training/materials/{id}", view) : TypedResults.Ok(view);
    }

    public static async Task<Results<FileContentHttpResult, RedirectHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Download(
        Guid id, string language, TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var version = await db.MaterialVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.MaterialId == id && v.Language == language, cancellationToken);
        if (version is null)
        {
            return VersionNotFound();
        }
        if (version.ExternalUrl is { } url)
        {
            return TypedResults.Redirect(url);
        }
        var tag = new EntityTagHeaderValue($"\"{version.Sha256}\"");
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-cache";
        if (http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
            && ifNoneMatch.Any(candidate => candidate.Compare(tag, useStrongComparison: false) || candidate.Equals(EntityTagHeaderValue.Any)))
        {
            http.Response.Headers.ETag = tag.ToString();
            return TypedResults.StatusCode(StatusCodes.Status304NotModified); // without loading the bytes
        }
        var bytes = await db.MaterialContents.AsNoTracking().Where(c => c.MaterialId == id && c.Language == language)
            .Select(c => c.Bytes).SingleAsync(cancellationToken);
        return TypedResults.File(bytes, version.ContentType, version.FileName, lastModified: version.UploadedAt, entityTag: tag,
            enableRangeProcessing: true);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteVersion(
        Guid id, string language, TrainingDbContext db, HttpContext http, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        if (await db.MaterialVersions.Where(v => v.MaterialId == id && v.Language == language).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return VersionNotFound();
        }
        await audit.RecordAsync(http, "material-version-delete", $"{id}/{language}", "done");
        return TypedResults.NoContent();
    }

    /// <summary>What an upload request carries: a checked file, or a link, or why it was refused.</summary>
    private sealed record Upload(
        string? FileName = null, MaterialFileType? Type = null, byte[]? Bytes = null, string? ExternalUrl = null, ProblemHttpResult? Problem = null);

    private static bool IsMultipart(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    private static async Task<Upload> ReadFileAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new Upload(Problem: FileTooLarge());
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return new Upload(Problem: Problems.Invalid(FileField, "The multipart body could not be read."));
        }

        var errors = new ValidationErrors();
        foreach (var field in form.Keys)
        {
            errors.Add(field, "This field is not allowed; send only the file.");
        }
        foreach (var other in form.Files.Where(f => f.Name != FileField).Select(f => f.Name).Distinct(StringComparer.Ordinal))
        {
            errors.Add(other, $"This part is not allowed; send one part named \"{FileField}\".");
        }
        var files = form.Files.GetFiles(FileField);
        if (files.Count != 1)
        {
            errors.Add(FileField, files.Count == 0 ? "A file is required." : "Send one file at a time.");
        }
        if (!errors.IsEmpty)
        {
            return new Upload(Problem: errors.ToProblem());
        }
        var file = files[0];
        if (file.Length > MaxFileBytes)
        {
            return new Upload(Problem: FileTooLarge());
        }
        if (file.Length == 0)
        {
            return new Upload(Problem: Problems.Invalid(FileField, "The file is empty."));
        }
        if (MaterialRules.CleanFileName(file.FileName) is not { } fileName)
        {
            return new Upload(Problem: Problems.Invalid(FileField,
                $"The file needs a name of at most {MaterialVersion.MaxFileNameLength} characters, without control characters or quotes."));
        }
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }
        var check = MaterialFileTypes.Check(fileName, bytes);
        return check.Type is null
            ? new Upload(Problem: TypedResults.Problem(new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [FileField] = [check.Refusal!] })
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = "Unsupported file type",
            }))
            : new Upload(fileName, check.Type, bytes);
    }

    private static async Task<Upload> ReadLinkAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // A link is small: JSON keeps the ordinary limit, not the file's.
        if (RequestLimits.Limit(request.HttpContext, RequestLimits.MaxBodyBytes) is { } tooLarge)
        {
            return new Upload(Problem: tooLarge);
        }
        var body = await JsonBody.ReadAsync<ExternalLinkRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return new Upload(Problem: body.Problem);
        }
        var errors = new ValidationErrors();
        var url = errors.RequireText("externalUrl", body.Value!.ExternalUrl, MaterialVersion.MaxUrlLength);
        return url is null ? new Upload(Problem: errors.ToProblem()) : new Upload(ExternalUrl: url);
    }

    private static ProblemHttpResult FileTooLarge() =>
        TypedResults.Problem(new HttpValidationProblemDetails(
            new Dictionary<string, string[]> { [FileField] = [$"A file may be at most {RequestLimits.Describe(MaxFileBytes)}."] })
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = "File too large",
        });

    /// <summary>Each competency's name in the reader's language, as the latest framework version words it.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> CompetencyNamesAsync(
        TrainingDbContext db, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.Set<FrameworkCompetency>().AsNoTracking().Where(c => wanted.Contains(c.Code)).ToListAsync(cancellationToken);
        return rows.GroupBy(c => c.Code, StringComparer.Ordinal).Select(g => g.MaxBy(c => c.VersionNumber)!)
            .ToDictionary(c => c.Code, c => Languages.Pick(c.NameBg, c.NameEn, c.NameFr), StringComparer.Ordinal);
    }

    /// <summary>The upload's two bodies, which no parameter declares (the handler reads them itself).</summary>
    private static void DescribeUpload(OpenApiOperation operation) =>
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { FileField },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            [FileField] = new OpenApiSchema
                            {
                                Type = JsonSchemaType.String,
                                Format = "binary",
                                Description = "A PDF, DOCX, PPTX or MP4 file of up to 20 MiB, named with its extension.",
                            },
                        },
                    },
                },
                ["application/json"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "externalUrl" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["externalUrl"] = new OpenApiSchema
                            {
                                Type = JsonSchemaType.String,
                                Format = "uri",
                                Description = "For a film only: an https link to it on another site.",
                            },
                        },
                    },
                },
            },
        };

    /// <summary>The file's schema in each of its content types (declared without a type, they would have none).</summary>
    private static void DescribeDownload(OpenApiOperation operation)
    {
        if (operation.Responses?.TryGetValue("200", out var ok) is true && ok is OpenApiResponse response)
        {
            response.Description = "The file, with the content type of what it is.";
            response.Content = MaterialFileTypes.All.ToDictionary(t => t.ContentType,
                _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } });
        }
    }

    private static ProblemHttpResult MaterialNotFound() =>
        Problems.NotFound("Material not found", "There is no training material with this id.");

    private static ProblemHttpResult VersionNotFound() =>
        Problems.NotFound("Material version not found", "This material has no version in this language.");
}

/// <param name="Kind">manual, presentation, case-study, handout or film.</param>
/// <param name="Competencies">Codes of the competencies the material develops (C1…C8).</param>
public sealed record CreateMaterialRequest(string? Kind, MaterialTitles? Titles, IReadOnlyList<string>? Competencies);

public sealed record UpdateMaterialRequest(MaterialTitles? Titles, IReadOnlyList<string>? Competencies);

/// <summary>The title in each language: Bulgarian required, English and French when the material has them.</summary>
public sealed record MaterialTitles(string? Bg, string? En, string? Fr);

/// <param name="ExternalUrl">An https link to the film on another site.</param>
public sealed record ExternalLinkRequest(string? ExternalUrl);

/// <param name="Title">In the reader's language (Accept-Language), or in Bulgarian when it has no title in it.</param>
public sealed record MaterialView(
    Guid Id, string Kind, string Title, MaterialTitles Titles, IReadOnlyList<DevelopedCompetency> Competencies,
    IReadOnlyList<MaterialVersionView> Versions, DateTimeOffset CreatedAt)
{
    public static MaterialView From(Material m, IReadOnlyDictionary<string, string> competencyNames) =>
        new(m.Id, m.Kind.Code(), m.Title(Languages.Current), new MaterialTitles(m.TitleBg, m.TitleEn, m.TitleFr),
            [.. m.Competencies.Select(code => new DevelopedCompetency(code, competencyNames.GetValueOrDefault(code, code)))],
            [.. m.Versions.OrderBy(v => Array.IndexOf(Languages.All, v.Language)).Select(MaterialVersionView.From)],
            m.CreatedAt);
}

/// <summary>A competency the material develops, named in the reader's language.</summary>
public sealed record DevelopedCompetency(string Code, string Name);

/// <param name="File">Where to download a stored file; null for a link.</param>
/// <param name="Sha256">The file's SHA-256 (hex), also its ETag.</param>
public sealed record MaterialVersionView(
    string Language, string Type, string? FileName, string? ContentType, long? Size, string? Sha256, string? ExternalUrl,
    string? File, DateTimeOffset UploadedAt)
{
    public static MaterialVersionView From(MaterialVersion v) =>
        new(v.Language, v.IsLink ? "link" : "file", v.FileName, v.ContentType, v.Size, v.Sha256, v.ExternalUrl,
            v.IsLink ? null : $"/api/training/materials/{v.MaterialId}/versions/{v.Language}/file", v.UploadedAt);
}
