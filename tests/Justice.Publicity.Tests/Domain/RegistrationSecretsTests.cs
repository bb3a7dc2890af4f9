using Justice.Publicity.Domain.Events;

namespace Justice.Publicity.Tests.Domain;

/// <summary>The codes mailed to participants: random, typed forgivingly, stored only as hashes.</summary>
public sealed class RegistrationSecretsTests
{
    [Fact]
    public void Confirmation_codes_are_ten_characters_people_can_type_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 20_000).Select(_ => RegistrationSecrets.NewConfirmationCode()).ToList();

        Assert.All(codes, code => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$", code));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        // Every character of the alphabet turns up in every position: no position is fixed or skewed to a few values.
        Assert.All(Enumerable.Range(0, 11).Where(i => i != 5), i => Assert.Equal(32, codes.Select(c => c[i]).Distinct().Count()));
    }

    [Fact]
    public void A_code_is_recognised_whatever_its_case_spaces_dashes_and_look_alike_letters()
    {
        var hash = RegistrationSecrets.HashCode("7KQ10-X9D4P");

        Assert.Equal(hash, RegistrationSecrets.HashCode("7kq10x9d4p"));
        Assert.Equal(hash, RegistrationSecrets.HashCode(" 7KQ1O - X9D4P "));
        Assert.Equal(hash, RegistrationSecrets.HashCode("7KQLO-X9D4P"));
        Assert.NotEqual(hash, RegistrationSecrets.HashCode("7KQ10-X9D4R"));
        Assert.DoesNotContain("7KQ10", hash, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Cancellation_tokens_carry_256_random_bits_safe_in_a_link()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => RegistrationSecrets.NewCancellationToken()).ToList();

        Assert.All(tokens, token => Assert.Matches("^[A-Za-z0-9_-]{43}$", token));
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        Assert.NotEqual(RegistrationSecrets.HashToken(tokens[0]), RegistrationSecrets.HashToken(tokens[1]));
    }
}
