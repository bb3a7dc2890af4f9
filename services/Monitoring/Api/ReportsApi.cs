using FluentValidation;
using Justice.Api;
using Justice.Monitoring.Data;
using Justice.Monitoring.Domain;
using Justice.Monitoring.Grpc;
using Justice.Monitoring.ReadModel;
using Justice.Monitoring.Reports;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Justice.Monitoring.Api;

/// <summary>The monthly monitoring report as a PDF, for national callers.</summary>
public static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/reports").WithTags("Reports").RequireAuthorization(policy => policy.RequireRole(NationalDashboardService.Callers))
            .MapGet("/{month}.pdf", Monthly).WithName("GetMonthlyReport")
            .WithSummary("The month's monitoring report as PDF (month like 2026-05; ?language=bg|en|fr, else Accept-Language): the national "
                + "indicators and their trends over twelve months, the 28 regions, victims' feedback counts and the month's findings.")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    public static async Task<FileContentHttpResult> Monthly([AsParameters] ReportRequest request, LiveReadModel live, MonitoringDbContext db,
        CancellationToken cancellationToken)
    {
        var month = request.MonthStart;
        var findings = await db.Findings.AsNoTracking().Where(f => f.Month == month).ToListAsync(cancellationToken);
        var language = request.Language ?? ReaderLanguage.Current;
        var report = MonthlyReportBuilder.Build(live.Current, month, language, findings);
        return TypedResults.File(MonthlyReportPdf.Render(report), "application/pdf", $"monitoring-{request.Month}-{language}.pdf");
    }
}

/// <param name="Month">The month, e.g. <c>2026-05</c>.</param>
/// <param name="Language"><c>bg</c>, <c>en</c> or <c>fr</c>; the reader's <c>Accept-Language</c> when absent.</param>
public sealed record ReportRequest([FromRoute] string Month, [FromQuery] string? Language = null)
{
    public DateOnly MonthStart => ProgrammeMonth.TryParse(Month, out var month) ? month : default;
}

public sealed class ReportRequestValidator : RequestValidator<ReportRequest>
{
    public ReportRequestValidator()
    {
        RuleFor(r => r.Month).Must(month => ProgrammeMonth.TryParse(month, out _))
            .WithMessage(_ => ReaderLanguage.Pick("Използвайте месец като 2026-05.", "Use a month like 2026-05.", "Utilisez un mois comme 2026-05."));
        RuleFor(r => r.Language).Language();
    }
}
