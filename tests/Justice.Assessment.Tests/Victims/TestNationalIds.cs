using System.Globalization;

namespace Justice.Assessment.Tests.Victims;

/// <summary>Valid national ids (ЕГН) that no other test uses: a random birth date in the 2000s and a correct check digit.</summary>
public static class TestNationalIds
{
    private static readonly int[] Weights = [2, 4, 8, 5, 10, 9, 7, 3, 6];

    public static string New()
    {
        var born = new DateOnly(2000, 1, 1).AddDays(Random.Shared.Next(0, 9000));
        var head = string.Create(CultureInfo.InvariantCulture,
            $"{born.Year % 100:D2}{born.Month + 40:D2}{born.Day:D2}{Random.Shared.Next(0, 1000):D3}");
        var check = head.Select((digit, i) => (digit - '0') * Weights[i]).Sum() % 11 % 10;
        return head + check.ToString(CultureInfo.InvariantCulture);
    }
}
