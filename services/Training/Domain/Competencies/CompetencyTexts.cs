namespace Justice.Training.Domain.Competencies;

/// <summary>A competency's name and description in the programme's three languages, all required.</summary>
public sealed record CompetencyTexts(string NameBg, string NameEn, string NameFr, string DescriptionBg, string DescriptionEn, string DescriptionFr)
{
    public const int NameMaxLength = 300;
    public const int DescriptionMaxLength = 2000;
}
