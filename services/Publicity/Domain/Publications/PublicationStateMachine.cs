namespace Justice.Publicity.Domain.Publications;

/// <summary>
/// A publication's life: a draft is published; a published one is withdrawn; a withdrawn one may be published again.
/// Drafts and withdrawn publications are edited; a published one is not, so that what the public reads changes only by
/// being published again (and announced with <c>PublicationPublished</c>): to correct it, withdraw, edit, publish.
/// A draft is never withdrawn (it was never out) and nothing is published twice in a row.
/// </summary>
public static class PublicationStateMachine
{
    public static readonly IReadOnlyList<PublicationState> States = Enum.GetValues<PublicationState>();

    public static readonly IReadOnlyList<PublicationAction> Actions = Enum.GetValues<PublicationAction>();

    /// <summary>The state <paramref name="action"/> takes a publication in <paramref name="from"/> to; null when it is not allowed.</summary>
    public static PublicationState? Next(PublicationState from, PublicationAction action) => (from, action) switch
    {
        (PublicationState.Draft or PublicationState.Withdrawn, PublicationAction.Edit) => from,
        (PublicationState.Draft or PublicationState.Withdrawn, PublicationAction.Publish) => PublicationState.Published,
        (PublicationState.Published, PublicationAction.Withdraw) => PublicationState.Withdrawn,
        _ => null,
    };

    /// <summary>The state as the API and the database write it: <c>draft</c>, <c>published</c>, <c>withdrawn</c>.</summary>
    public static string Code(this PublicationState state) => state switch
    {
        PublicationState.Draft => "draft",
        PublicationState.Published => "published",
        _ => "withdrawn",
    };

    /// <summary>The state <paramref name="code"/> names, or null.</summary>
    public static PublicationState? Parse(string? code) => code switch
    {
        "draft" => PublicationState.Draft,
        "published" => PublicationState.Published,
        "withdrawn" => PublicationState.Withdrawn,
        _ => null,
    };

    public static readonly IReadOnlyList<string> Codes = [.. States.Select(Code)];
}
