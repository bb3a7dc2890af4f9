using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Justice.Assessment.Training;
using Justice.Assessment.V1;
using Justice.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Justice.Assessment.Tests.Assessments;

/// <summary>
/// Assessment with Training's answer scripted: the accounts in <see cref="Trained"/> belong to trained practitioners.
/// (The whole-system test asks the real Training over gRPC.)
/// </summary>
public sealed class AssessingHost : AssessmentHost
{
    public const string Region = "BG-05";
    public ConcurrentDictionary<string, bool> Trained { get; } = new(StringComparer.Ordinal);
    /// <summary>Accounts for which Training refuses to answer (a token without the training scope).</summary>
    public ConcurrentDictionary<string, bool> Refused { get; } = new(StringComparer.Ordinal);

    protected override void ConfigureAssessment(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<ITrainingCheck>(new ScriptedTraining(Trained, Refused)));

    /// <summary>A practitioner of <paramref name="region"/> whose training is complete (or not), signed in.</summary>
    public async Task<HttpClient> PractitionerAsync(bool trained, string region = Region)
    {
        var token = await UserTokenAsync("practitioner", region);
        Trained[Jwt.Subject(token)] = trained;
        return Assessment.CreateClient().WithToken(token);
    }

    public (AssessmentDirectory.AssessmentDirectoryClient Client, Metadata Headers) Directory(string token)
    {
        var channel = GrpcChannel.ForAddress(Assessment.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Assessment.Server.CreateHandler() });
        return (new AssessmentDirectory.AssessmentDirectoryClient(channel), new Metadata { { "Authorization", $"Bearer {token}" } });
    }

    /// <summary>Registers a child victim of <paramref name="region"/> with <paramref name="client"/>; returns the id.</summary>
    public static async Task<Guid> RegisterChildAsync(HttpClient client, string region = Region)
    {
        using var response = await client.PostAsJsonAsync("/api/assessment/victims", new
        {
            regionCode = region,
            ageGroup = "child",
            sex = "female",
            preferredLanguage = "bg",
            personal = new { fullName = "Дете Тестово", dateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(-12)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>The facts of a 12-year-old girl, a victim of sexual violence in her family, as a portal sends them.</summary>
    public static Dictionary<string, object?> SexualViolenceFacts(bool wishesSameSexInterviewer = false, string depth = "extended",
        string[]? declined = null) => new()
    {
        ["sex"] = "female",
        ["characteristics"] = new { disability = false, communicationNeeds = false, residesAbroad = false },
        ["child"] = new { legalRepresentativePresent = true, conflictOfInterestWithParents = false, unaccompaniedOrSeparated = false, familySituation = "one-parent" },
        ["crimeCategories"] = new[] { "sexual-violence" },
        ["severity"] = "severe",
        ["circumstances"] = new { relationship = "family", dependentOnOffender = true, repeatOffending = true, place = "home" },
        ["risks"] = new[]
        {
            new { risk = "secondary-victimisation", level = "high", reason = "Разпитите повтарят травмата." },
            new { risk = "repeat-victimisation", level = "medium", reason = "Извършителят живее наблизо." },
            new { risk = "intimidation", level = "medium", reason = "Заплахи по телефона." },
            new { risk = "retaliation", level = "low", reason = "Няма признаци." },
        },
        ["depth"] = depth,
        ["wishes"] = new { sameSexInterviewer = wishesSameSexInterviewer, declinedMeasures = declined ?? [] },
    };

    private sealed class ScriptedTraining(ConcurrentDictionary<string, bool> trained, ConcurrentDictionary<string, bool> refused) : ITrainingCheck
    {
        public Task<bool> IsTrainedAsync(string accountId, CancellationToken cancellationToken) =>
            refused.ContainsKey(accountId)
                ? throw new TrainingCheckRefusedException(new RpcException(new Status(StatusCode.Unauthenticated, "no training audience")))
                : Task.FromResult(trained.GetValueOrDefault(accountId));
    }
}
