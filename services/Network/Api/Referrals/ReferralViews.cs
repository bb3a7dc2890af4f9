using System.Text.Json;
using Justice.Api;
using Justice.Network.Domain.Referrals;
using Justice.Network.Reference;
using Justice.ServiceDefaults.Http;

namespace Justice.Network.Api.Referrals;

/// <summary>A referral as the API shows it to those who work its case.</summary>
/// <param name="State"><c>sent</c>, <c>accepted</c>, <c>rejected</c>, <c>completed</c> or <c>revoked</c>.</param>
/// <param name="PurposeName">The support asked for, in the reader's language.</param>
/// <param name="Overdue">Still sent or accepted with its deadline passed.</param>
/// <param name="CompletedWithinDeadline">Whether it was completed by its deadline; null until completed.</param>
/// <param name="OverdueReportedAt">When it was found overdue and reported; null if it never was.</param>
public sealed record ReferralView(
    Guid Id,
    Guid CaseId,
    string RegionCode,
    Guid FromInstitutionId,
    Guid ToInstitutionId,
    string Purpose,
    string PurposeName,
    DateTimeOffset DueBy,
    string State,
    bool Overdue,
    ConsentView Consent,
    string? Note,
    DateTimeOffset IssuedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? RejectedAt,
    string? RejectionReason,
    DateTimeOffset? CompletedAt,
    bool? CompletedWithinDeadline,
    DateTimeOffset? RevokedAt,
    string? RevocationReason,
    DateTimeOffset? OverdueReportedAt)
{
    public static ReferralView From(Referral r, DateTimeOffset now) => new(
        r.Id, r.CaseId, r.RegionCode, r.FromInstitutionId, r.ToInstitutionId, r.Purpose,
        NetworkReference.SupportNeeds.FirstOrDefault(need => need.Code == r.Purpose)?.Name.In(ReaderLanguage.Current) ?? r.Purpose,
        r.DueBy, ReferralCodes.Of(r.State), r.IsOverdue(now), new ConsentView(r.ConsentGiven, r.ConsentAt, r.ConsentForm), r.Note,
        r.IssuedAt, r.AcceptedAt, r.RejectedAt, r.RejectionReason, r.CompletedAt, r.CompletedWithinDeadline, r.RevokedAt,
        r.RevocationReason, r.OverdueReportedAt);
}

/// <summary>The victim's consent as recorded: given, when, and how (<c>written</c>, <c>oral</c>, <c>legal-representative</c>).</summary>
public sealed record ConsentView(bool Given, DateTimeOffset At, string Form);

/// <summary>States and actions as the API writes them.</summary>
public static class ReferralCodes
{
    public static string Of(ReferralState state) => JsonNamingPolicy.KebabCaseLower.ConvertName(state.ToString());

    /// <summary>What doing <paramref name="action"/> makes of a referral, in words: <c>accepted</c>, <c>rejected</c>, ...</summary>
    public static string Done(ReferralAction action) => action switch
    {
        ReferralAction.Accept => "accepted",
        ReferralAction.Reject => "rejected",
        ReferralAction.Complete => "completed",
        _ => "revoked",
    };
}
