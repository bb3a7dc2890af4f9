extern alias MonitoringService;

using System.Net;
using System.Net.Http.Json;
using Justice.Monitoring.Tests.Reports;
using Justice.Security;
using Justice.Testing;
using MonitoringService::Justice.Monitoring.Domain;

namespace Justice.Monitoring.Tests.Api;

/// <summary>The monthly report as PDF: for national callers, in the language asked for, with the month's findings.</summary>
public sealed class ReportsApiTests(MonitoringHost host) : IClassFixture<MonitoringHost>
{
    [Fact]
    public async Task Without_a_token_there_is_no_report()
    {
        using var response = await host.CreateClient().GetAsync("/api/monitoring/reports/2026-05.pdf");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Practitioner, "BG-05")]
    [InlineData(Roles.RegionalCoordinator, "BG-05")]
    [InlineData(Roles.PublicityEditor, null)]
    public async Task The_report_is_for_national_callers_only(string role, string? region)
    {
        using var client = await ClientAsync(role, region);

        using var response = await client.GetAsync("/api/monitoring/reports/2026-05.pdf");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("bg")]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task An_evaluator_gets_the_report_naming_every_indicator_in_the_language_asked_for(string language)
    {
        using var evaluator = await ClientAsync(Roles.Evaluator, null);

        using var response = await evaluator.GetAsync($"/api/monitoring/reports/2026-05.pdf?language={language}");
        var text = PdfText.Compact(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.All(IndicatorCatalog.All, indicator => PdfText.AssertHolds(text, indicator.Name.In(language)));
    }

    [Fact]
    public async Task Accept_Language_chooses_the_language_unless_the_query_names_one()
    {
        using var admin = await ClientAsync(Roles.NationalAdmin, null);
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var french = await admin.GetAsync("/api/monitoring/reports/2026-05.pdf");
        using var english = await admin.GetAsync("/api/monitoring/reports/2026-05.pdf?language=en");

        PdfText.AssertHolds(PdfText.Compact(await french.Content.ReadAsByteArrayAsync()), "Rapport mensuel de suivi");
        PdfText.AssertHolds(PdfText.Compact(await english.Content.ReadAsByteArrayAsync()), "Monthly monitoring report");
    }

    [Theory]
    [InlineData("/api/monitoring/reports/2026-13.pdf", "month")]
    [InlineData("/api/monitoring/reports/May.pdf", "month")]
    [InlineData("/api/monitoring/reports/2026-05.pdf?language=de", "language")]
    public async Task A_bad_month_or_language_is_a_problem_naming_it(string path, string field)
    {
        using var admin = await ClientAsync(Roles.NationalAdmin, null);

        using var response = await admin.GetAsync(path);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await Problem.AssertFieldsAsync(response, field);
    }

    [Fact]
    public async Task A_finding_appears_in_its_months_report_and_not_in_others()
    {
        using var evaluator = await ClientAsync(Roles.Evaluator, null);
        var author = $"Независим оценител {Guid.NewGuid():N}"[..30];
        (await evaluator.PostAsJsonAsync("/api/monitoring/findings", FindingsApiTests.Body("2025-11", author: author)))
            .EnsureSuccessStatusCode();

        using var november = await evaluator.GetAsync("/api/monitoring/reports/2025-11.pdf?language=bg");
        using var december = await evaluator.GetAsync("/api/monitoring/reports/2025-12.pdf?language=bg");
        var novemberText = PdfText.Compact(await november.Content.ReadAsByteArrayAsync());

        PdfText.AssertHolds(novemberText, author);
        PdfText.AssertHolds(novemberText, "Teams meet monthly; referrals are answered within the deadline.");
        PdfText.AssertHolds(novemberText, "Външна оценка");
        Assert.DoesNotContain(PdfText.Squeeze(author), PdfText.Compact(await december.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    private async Task<HttpClient> ClientAsync(string role, string? region) =>
        host.CreateClient().WithToken(await host.Identity.UserTokenAsync(role, region));
}
