namespace Justice.Network.Api.Regions;

/// <param name="Trained">Members who completed the programme's regional training.</param>
public sealed record RosterView(string RegionCode, int Total, int Trained, IReadOnlyList<ProfessionCount> ByProfession);

public sealed record ProfessionCount(string Profession, int Count, int Trained);
