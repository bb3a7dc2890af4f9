using System.Globalization;

namespace Justice.Assessment.Victims;

/// <summary>The Bulgarian personal number (ЕГН): ten digits, a valid birth date in the first six, and a check digit.</summary>
public static class NationalId
{
    private static readonly int[] Weights = [2, 4, 8, 5, 10, 9, 7, 3, 6];

    public static bool IsValid(string? egn)
    {
        if (egn is not { Length: 10 } || !egn.All(char.IsAsciiDigit))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (egn[i] - '0') * Weights[i];
        }
        var check = sum % 11 % 10;
        return check == egn[9] - '0' && BirthDate(egn) is not null;
    }

    /// <summary>The birth date the number encodes (months +20 for the 1800s, +40 for the 2000s), or null.</summary>
    public static DateOnly? BirthDate(string egn)
    {
        var year = int.Parse(egn[..2], CultureInfo.InvariantCulture);
        var month = int.Parse(egn[2..4], CultureInfo.InvariantCulture);
        var day = int.Parse(egn[4..6], CultureInfo.InvariantCulture);
        (year, month) = month switch
        {
            > 40 => (2000 + year, month - 40),
            > 20 => (1800 + year, month - 20),
            _ => (1900 + year, month),
        };
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }
}
