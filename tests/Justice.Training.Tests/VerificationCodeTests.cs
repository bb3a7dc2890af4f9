using Justice.Training.Certificates;

namespace Justice.Training.Tests;

/// <summary>Verification codes and certificate numbers, as people read and type them.</summary>
public sealed class VerificationCodeTests
{
    [Fact]
    public void New_codes_are_well_formed()
    {
        var code = VerificationCodes.New();

        Assert.Equal(12, code.Length);
        Assert.True(VerificationCodes.IsWellFormed(code));
    }

    [Fact]
    public void New_codes_are_distinct_across_a_thousand_draws()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => VerificationCodes.New()).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void New_codes_use_only_the_unambiguous_alphabet()
    {
        var used = Enumerable.Range(0, 1000).SelectMany(_ => VerificationCodes.New()).ToHashSet();

        Assert.All(used, c => Assert.Contains(c, VerificationCodes.Alphabet));
        Assert.All("0O1IL", c => Assert.DoesNotContain(c, VerificationCodes.Alphabet));
        // 12 000 draws from 31 letters: a letter that never comes up would mean a biased generator.
        Assert.Equal(VerificationCodes.Alphabet.Length, used.Count);
    }

    [Theory]
    [InlineData("abcd-efgh-jkmn")]
    [InlineData("  ABCD EFGH JKMN ")]
    [InlineData("AbCdEfGhJkMn")]
    [InlineData("ABCD-EFGH-JKMN")]
    public void Normalize_accepts_lower_case_hyphens_and_spaces(string typed)
    {
        var code = VerificationCodes.Normalize(typed);

        Assert.Equal("ABCDEFGHJKMN", code);
        Assert.True(VerificationCodes.IsWellFormed(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCDEFGHJKM")]
    [InlineData("ABCDEFGHJKMNP")]
    [InlineData("ABCDEFGHJKM0")]
    [InlineData("ABCDEFGHJKMO")]
    [InlineData("ABCDEFGHJKM1")]
    [InlineData("ABCDEFGHJKMI")]
    [InlineData("ABCDEFGHJKML")]
    [InlineData("abcdefghjkmn")]
    [InlineData("ABCD-EFGH-JK")]
    public void Codes_of_the_wrong_length_or_with_ambiguous_or_lower_case_letters_are_not_well_formed(string? code) =>
        Assert.False(VerificationCodes.IsWellFormed(code));

    [Fact]
    public void Display_groups_the_code_in_fours()
    {
        Assert.Equal("ABCD-EFGH-JKMN", VerificationCodes.Display("abcdefghjkmn"));
        Assert.Throws<ArgumentException>(() => VerificationCodes.Display("ABCD-EFGH-JKM0"));
    }

    [Theory]
    [InlineData(2026, 42, "JBC-2026-000042")]
    [InlineData(2026, 1, "JBC-2026-000001")]
    [InlineData(2031, 999_999, "JBC-2031-999999")]
    public void Certificate_numbers_carry_the_year_and_a_six_digit_sequence(int year, long sequence, string expected) =>
        Assert.Equal(expected, CertificateNumbers.Format(year, sequence));

    [Theory]
    [InlineData(2026, 0)]
    [InlineData(2026, -1)]
    [InlineData(2026, 1_000_000)]
    [InlineData(999, 1)]
    [InlineData(10_000, 1)]
    public void Certificate_numbers_refuse_a_year_or_sequence_out_of_range(int year, long sequence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CertificateNumbers.Format(year, sequence));
}
