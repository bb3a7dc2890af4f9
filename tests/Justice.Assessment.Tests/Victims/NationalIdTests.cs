using Justice.Assessment.Victims;

namespace Justice.Assessment.Tests.Victims;

public sealed class NationalIdTests
{
    [Theory]
    [InlineData("7501010010")] // 1 January 1975
    [InlineData("0452101238")] // 10 December 2004 (month + 40)
    [InlineData("8802294567")] // 29 February 1988
    public void A_number_with_a_correct_check_digit_and_birth_date_is_valid(string egn) => Assert.True(NationalId.IsValid(egn));

    [Theory]
    [InlineData("7501010011")] // wrong check digit
    [InlineData("9909310011")] // 31 September
    [InlineData("8902294560")] // 29 February 1989, with a correct check digit
    [InlineData("750101001")]
    [InlineData("75010100100")]
    [InlineData("75O1010010")]
    [InlineData("٧٥٠١٠١٠٠١٠")] // Arabic-Indic digits are not ASCII digits
    [InlineData("")]
    public void Anything_else_is_not(string egn) => Assert.False(NationalId.IsValid(egn));
}
