using System.Globalization;
using System.Text;
using CsvHelper;
using Justice.Api;
using Justice.Audit;
using Justice.Contracts;
using Justice.Monitoring.Data;
using Justice.Monitoring.Domain;
using Justice.Monitoring.Grpc;
using Justice.Monitoring.ReadModel;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Monitoring.Api;

/// <summary>
/// The indicators for regional portals, as JSON and CSV: the same figures the national dashboard gets over gRPC. National
/// callers read everything; a regional coordinator reads the national figures and their own region's.
/// </summary>
public static class IndicatorsApi
{
    private const string Action = "monitoring-figures-read";

    /// <summary>Who may read figures at all (aggregates only, never a person).</summary>
    public static readonly string[] Readers = [.. NationalDashboardService.Callers, Roles.RegionalCoordinator];

    public static void MapIndicatorsApi(this IEndpointRouteBuilder api)
    {
        var figures = api.MapGroup("").WithTags("Indicators").RequireAuthorization(policy => policy.RequireRole(Readers));
        figures.MapGet("/indicators", National).WithName("GetNationalIndicators")
            .WithSummary("The programme's indicators nationally, against its targets, with the counts behind them.");
        figures.MapGet("/regions", Regions).WithName("ListRegionIndicators")
            .WithSummary("Every region's indicators (28 rows, by code). National callers only: a coordinator reads their own region.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        figures.MapGet("/regions/{code}", Region).WithName("GetRegionIndicators")
            .WithSummary("One region's indicators against its targets (the national ones shared by roster size, or fixed).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        figures.MapGet("/indicators/{indicator}/series", Series).WithName("GetIndicatorSeries")
            .WithSummary("One indicator month by month (from, to: months like 2026-05; region: a code, or none for national).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        figures.MapGet("/export.csv", Export).WithName("ExportIndicators")
            .WithSummary("Every indicator of the nation and of each region as CSV (national callers only).")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesProblem(StatusCodes.Status403Forbidden);
    }

    public static Ok<ScopeView> National(LiveReadModel live)
    {
        var counts = live.Current;
        return TypedResults.Ok(ScopeView.From(IndicatorQueries.National(counts), counts.National, ReaderLanguage.Current));
    }

    public static async Task<Results<Ok<RegionsView>, ProblemHttpResult>> Regions(HttpContext http, LiveReadModel live,
        SecurityAuditLog audit)
    {
        if (!http.User.IsNational())
        {
            await audit.RecordAsync(http, Action, "regions", "refused");
            return Problems.Forbidden(ReaderLanguage.Pick(
                "Сравнението на районите е за националните роли; прочетете данните на своя район.",
                "The regions' figures side by side are for national callers; read your own region's instead.",
                "Les chiffres des régions côte à côte sont réservés aux rôles nationaux ; lisez plutôt ceux de votre région."));
        }
        var counts = live.Current;
        return TypedResults.Ok(new RegionsView(
            [.. IndicatorQueries.Regions(counts).Select(scope => ScopeView.From(scope, counts.Region(scope.RegionCode), ReaderLanguage.Current))]));
    }

    public static async Task<Results<Ok<ScopeView>, ProblemHttpResult>> Region(string code, HttpContext http, LiveReadModel live,
        SecurityAuditLog audit)
    {
        var (region, refused) = await ReadableRegionAsync(code, http, audit);
        if (refused is not null)
        {
            return refused;
        }
        var counts = live.Current;
        return TypedResults.Ok(ScopeView.From(IndicatorQueries.Region(counts, region), counts.Region(region), ReaderLanguage.Current));
    }

    public static async Task<Results<Ok<TimeSeriesView>, ProblemHttpResult>> Series(string indicator, string? from, string? to,
        string? region, HttpContext http, LiveReadModel live, SecurityAuditLog audit, TimeProvider time)
    {
        var definition = IndicatorCatalog.Find(indicator);
        if (definition is null)
        {
            return Problems.NotFound(ReaderLanguage.Pick(
                "Няма такъв показател",
                "No such indicator",
                "Indicateur introuvable"), ReaderLanguage.Pick(
                $"Показателите са {IndicatorCatalog.Codes}.", $"The indicators are {IndicatorCatalog.Codes}.",
                $"Les indicateurs sont {IndicatorCatalog.Codes}."));
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (span, field, error) = MonthSpan.Read(from, to, ProgrammeMonth.Of(time.GetUtcNow()));
        if (field is not null)
        {
            errors[field] = [error!.In(ReaderLanguage.Current)];
        }
        var scope = "";
        if (!string.IsNullOrWhiteSpace(region))
        {
            (scope, var refused) = await ReadableRegionAsync(region, http, audit);
            if (refused is not null)
            {
                return refused;
            }
            if (definition.NationalOnly)
            {
                errors["region"] = [ReaderLanguage.Pick($"{definition.Code} се отчита само на национално ниво.",
                    $"{definition.Code} is counted nationally only.", $"{definition.Code} n'est compté qu'au niveau national.")];
            }
        }
        else if (!http.User.IsNational() && http.User.RegionCode() is { } own)
        {
            scope = own;
        }
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }
        var counts = live.Current;
        return TypedResults.Ok(new TimeSeriesView(definition.Code, definition.Name.In(ReaderLanguage.Current), scope,
            IndicatorQueries.Target(counts, definition, scope),
            [.. IndicatorCalculator.Series(definition, counts.Scope(scope), span!.From, span.To)
                .Select(p => new MonthPointView(ProgrammeMonth.Format(p.Month), p.InMonth, p.Value))]));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(HttpContext http, LiveReadModel live,
        SecurityAuditLog audit)
    {
        if (!http.User.IsNational())
        {
            await audit.RecordAsync(http, Action, "export", "refused");
            return Problems.Forbidden(ReaderLanguage.Pick(
                "Експортът съдържа данните на всички райони: само за националните роли.",
                "The export holds every region's figures: national callers only.",
                "L'export contient les chiffres de toutes les régions : réservé aux rôles nationaux."));
        }
        var counts = live.Current;
        var language = ReaderLanguage.Current;
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            WriteRow(csv, "region_code", "region", "indicator", "name", "value", "target", "percent_of_target", "unit");
            foreach (var scope in (IEnumerable<ScopeIndicators>)[IndicatorQueries.National(counts), .. IndicatorQueries.Regions(counts)])
            {
                foreach (var indicator in scope.Indicators.Select(i => IndicatorViews.From(i, language)))
                {
                    WriteRow(csv, scope.RegionCode, scope.Name.In(language), indicator.Code, indicator.Name, Number(indicator.Value),
                        Number(indicator.Target), Number(indicator.PercentOfTarget), indicator.Unit);
                }
            }
            csv.Flush();
        }
        var month = ProgrammeMonth.Format(ProgrammeMonth.Of(counts.AsOf == DateTimeOffset.MinValue ? DateTimeOffset.UtcNow : counts.AsOf));
        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(),
            "text/csv; charset=utf-8", $"indicators-{month}.csv");
    }

    private static void WriteRow(CsvWriter csv, params string[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }
        csv.EndRecord();
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The region's code when the caller may read it; else the problem (404, or 403 audited).</summary>
    private static async Task<(string Code, ProblemHttpResult? Refused)> ReadableRegionAsync(string requested, HttpContext http,
        SecurityAuditLog audit)
    {
        if (JudicialRegions.Find(requested) is not { } code)
        {
            return ("", Problems.NotFound(ReaderLanguage.Pick(
                "Няма такъв съдебен район",
                "No such judicial region",
                "Région judiciaire introuvable"), ReaderLanguage.Pick(
                "Съдебните райони са BG-01 … BG-28.",
                "Judicial regions are BG-01 … BG-28.",
                "Les régions judiciaires sont BG-01 … BG-28.")));
        }
        if (!http.User.MaySeeRegion(code))
        {
            await audit.RecordAsync(http, Action, $"regions/{code}", "refused");
            return (code, Problems.Forbidden(ReaderLanguage.Pick(
                "Можете да четете само данните на своя съдебен район.",
                "You may read your own judicial region's figures only.",
                "Vous ne pouvez lire que les chiffres de votre propre région judiciaire.")));
        }
        return (code, null);
    }
}
