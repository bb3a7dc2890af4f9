using System.Net;
using System.Net.Http.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Referrals;

/// <summary>What a referral must say, each fault named by its field; without the victim's consent there is no referral.</summary>
[Collection(ReferralsCollection.Name)]
public sealed class ReferralValidationTests(NetworkHost host)
{
    private const string Region = "BG-14";
    private readonly ReferralScene _scene = new(host.Services);

    private static DateTimeOffset InAWeek => DateTimeOffset.UtcNow.AddDays(7);

    [Fact]
    public async Task An_empty_body_names_every_required_field()
    {
        var @case = await _scene.CaseAsync(Region);

        using var response = await (await host.CreateAdminClientAsync()).PostAsJsonAsync($"/api/network/cases/{@case.CaseId}/referrals", new { });

        var fields = await Problem.AssertFieldsAsync(response, "fromInstitutionId", "toInstitutionId", "purpose", "dueBy", "consent");
        Assert.Equal(5, fields.Count);
        await AssertNothingIssuedAsync(@case);
    }

    public static TheoryData<string, object?, string> BadFields() => new()
    {
        { "purpose", "massage", "purpose" },
        { "purpose", "", "purpose" },
        { "dueBy", DateTimeOffset.UtcNow.AddMinutes(-1), "dueBy" },
        { "dueBy", DateTimeOffset.UtcNow.AddYears(2), "dueBy" },
        { "note", new string('б', 1001), "note" },
        { "note", "скрит\u202Eтекст", "note" },
        { "fromInstitutionId", Guid.Empty, "fromInstitutionId" },
        { "consent", null, "consent" },
        { "dueBy", "next week", "dueBy" },
        { "fromInstitutionId", "not-a-guid", "fromInstitutionId" },
        { "surname", "Петрова", "surname" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task A_bad_field_is_named(string field, object? value, string named)
    {
        var @case = await _scene.CaseAsync(Region);
        var body = ReferralScene.Body(@case, InAWeek);
        body[field] = value;

        using var response = await (await host.CreateAdminClientAsync()).PostAsJsonAsync($"/api/network/cases/{@case.CaseId}/referrals", body);

        await Problem.AssertFieldsAsync(response, named);
        await AssertNothingIssuedAsync(@case);
    }

    public static TheoryData<string, object?> BadConsent() => new()
    {
        { "given", false },
        { "given", null },
        { "at", null },
        { "at", DateTimeOffset.UtcNow.AddDays(1) },
        { "form", null },
        { "form", "implied" },
    };

    [Theory]
    [MemberData(nameof(BadConsent))]
    public async Task A_referral_without_the_victims_recorded_consent_is_refused_naming_the_field(string field, object? value)
    {
        var @case = await _scene.CaseAsync(Region);
        var body = ReferralScene.Body(@case, InAWeek);
        var consent = (Dictionary<string, object?>)body["consent"]!;
        consent[field] = value;

        using var response = await (await host.CreateAdminClientAsync()).PostAsJsonAsync($"/api/network/cases/{@case.CaseId}/referrals", body);

        await Problem.AssertFieldsAsync(response, $"consent.{field}");
        await AssertNothingIssuedAsync(@case);
    }

    [Fact]
    public async Task Each_form_of_consent_is_accepted()
    {
        var @case = await _scene.CaseAsync(Region);
        var admin = await host.CreateAdminClientAsync();

        foreach (var form in new[] { "written", "oral", "legal-representative" })
        {
            var body = ReferralScene.Body(@case, InAWeek);
            ((Dictionary<string, object?>)body["consent"]!)["form"] = form;
            using var response = await admin.PostAsJsonAsync($"/api/network/cases/{@case.CaseId}/referrals", body);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        Assert.Equal(3L, await host.Database.ScalarAsync<long>(
            $"select count(distinct consent_form) from referrals where case_id = '{@case.CaseId}' and consent_given"));
    }

    [Fact]
    public async Task An_institution_cannot_refer_to_itself()
    {
        var @case = await _scene.CaseAsync(Region);
        var body = ReferralScene.Body(@case, InAWeek);
        body["toInstitutionId"] = @case.From;

        using var response = await (await host.CreateAdminClientAsync()).PostAsJsonAsync($"/api/network/cases/{@case.CaseId}/referrals", body);

        await Problem.AssertFieldsAsync(response, "toInstitutionId");
        await AssertNothingIssuedAsync(@case);
    }

    [Fact]
    public async Task Both_institutions_must_be_of_the_cases_region()
    {
        var @case = await _scene.CaseAsync(Region);
        var elsewhere = await _scene.InstitutionAsync("BG-15");
        var body = ReferralScene.Body(@case, InAWeek);
        body["fromInstitutionId"] = Guid.NewGuid();
        body["toInstitutionId"] = elsewhere;

        using var response = await (await host.CreateAdminClientAsync()).PostAsJsonAsync($"/api/network/cases/{@case.CaseId}/referrals", body);

        var fields = await Problem.AssertFieldsAsync(response, "fromInstitutionId", "toInstitutionId");
        Assert.Equal(2, fields.Count);
        await AssertNothingIssuedAsync(@case);
    }

    [Fact]
    public async Task A_note_at_its_limit_and_another_institution_of_the_region_are_accepted()
    {
        var @case = await _scene.CaseAsync(Region);
        var body = ReferralScene.Body(@case, InAWeek);
        body["toInstitutionId"] = await _scene.InstitutionAsync(Region);
        body["note"] = new string('б', 1000);

        using var response = await (await host.CreateAdminClientAsync()).PostAsJsonAsync($"/api/network/cases/{@case.CaseId}/referrals", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_revocations_reason_is_bounded_and_a_body_that_is_not_JSON_is_refused()
    {
        var admin = await host.CreateAdminClientAsync();
        var id = await ReferralScene.IssueAsync(admin, await _scene.CaseAsync(Region), InAWeek);

        using var tooLong = await admin.PostAsJsonAsync($"/api/network/referrals/{id}/revoke", new { reason = new string('в', 1001) });
        using var unknown = await admin.PostAsJsonAsync($"/api/network/referrals/{id}/revoke", new { why = "Причина." });
        using var nullReason = await admin.PostAsync($"/api/network/referrals/{id}/reject", Problem.Json("""{"reason":null}"""));

        await Problem.AssertFieldsAsync(tooLong, "reason");
        await Problem.AssertFieldsAsync(unknown, "why");
        await Problem.AssertFieldsAsync(nullReason, "reason");
        Assert.Equal("Sent", await host.Database.ScalarAsync<string>($"select state from referrals where id = '{id}'"));
    }

    private async Task AssertNothingIssuedAsync(SceneCase @case) =>
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from referrals where case_id = '{@case.CaseId}'"));
}
