using Justice.Contracts;
using Justice.Training.Api.Practitioners;
using Justice.Training.Catalogs;
using Justice.Training.Domain;

namespace Justice.Training.Tests;

/// <summary>The registration rules on their own: no host, no server.</summary>
public sealed class PractitionerRulesTests
{
    [Theory]
    [InlineData("Мария Иванова")]
    [InlineData("Мария Петрова-Иванова")]
    [InlineData("Ivan Georgiev")]
    [InlineData("Anne-Marie O'Neill")]
    [InlineData("José Müller")]
    [InlineData("Св. Николов")]
    [InlineData("Ли")]
    public void Names_in_one_script_are_accepted(string name) =>
        Assert.True(PractitionerRules.IsValidFullName(name));

    [Theory]
    [InlineData("Мaрия Иванова")] // a Latin "a" hidden among Cyrillic letters
    [InlineData("Agent 007")]
    [InlineData("Иван_Иванов")]
    [InlineData("Иван <script>")]
    [InlineData("-Иван")]
    [InlineData("Й")]
    [InlineData("Γιώργος Παπαδόπουλος")]
    public void Names_with_other_characters_or_mixed_scripts_are_refused(string name) =>
        Assert.False(PractitionerRules.IsValidFullName(name));

    private static readonly RegisterPractitionerRequestValidator Validator = new();

    private static RegisterPractitionerRequest Registration(string fullName, string institution = "Съд", string regionCode = "BG-05") =>
        new(fullName, "judge", institution, regionCode);

    [Fact]
    public void A_valid_registration_passes_and_its_name_is_stored_tidied()
    {
        var request = new RegisterPractitionerRequest("  Мария   Иванова ", "judge", " Районен съд – Видин ", "bg-05");

        Assert.True(Validator.Validate(request).IsValid);
        Assert.Equal("Мария Иванова", PractitionerRules.NormalizeFullName(request.FullName));
    }

    [Fact]
    public void Every_empty_field_is_named()
    {
        var result = Validator.Validate(new RegisterPractitionerRequest("", "", "   ", ""));

        Assert.Equal(["fullName", "institution", "profession", "regionCode"], result.Errors.Select(e => e.PropertyName).Order());
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void A_name_may_be_at_most_200_characters(int length, bool valid) =>
        Assert.Equal(valid, Validator.Validate(Registration("Ан " + new string('а', length - 3))).IsValid);

    [Theory]
    [InlineData("Мария\u0000Иванова", "Съд")]
    [InlineData("Мария Иванова", "Съд\u0000")]
    [InlineData("Мария Иванова", "Съд\u0007")]
    public void Control_characters_are_refused(string name, string institution)
    {
        var result = Validator.Validate(Registration(name, institution));

        Assert.Contains("U+0000", Assert.Single(result.Errors).ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("judge", true)]
    [InlineData("forensic-doctor", true)]
    [InlineData("municipal-official", true)]
    [InlineData("Judge", false)]
    [InlineData("astronaut", false)]
    public void Professions_come_from_the_programmes_list(string profession, bool known) =>
        Assert.Equal(known, Professions.IsKnown(profession));

    [Fact]
    public void The_ten_professions_are_seeded_with_names_in_three_languages()
    {
        Assert.Equal(10, Professions.All.Count);
        var judge = Assert.Single(Professions.All, p => p.Code == "judge");
        Assert.Equal(("Съдия", "Judge", "Juge"), (judge.NameBg, judge.NameEn, judge.NameFr));
    }

    [Theory]
    [InlineData("BG-05", true)]
    [InlineData("BG-5", false)]
    [InlineData("BG-005", false)]
    [InlineData("RO-05", false)]
    public void Region_codes_have_the_ISO_3166_2_BG_shape(string code, bool wellFormed) =>
        Assert.Equal(wellFormed, JudicialRegionCode.IsWellFormed(code));
}
