using Justice.Contracts;

namespace Justice.Publicity.Domain.Events;

public static class Texts
{
    /// <summary>The text in <paramref name="language"/>, or the Bulgarian when that translation is missing.</summary>
    public static string InOrBulgarian(this LocalizedText text, string? language) =>
        text.In(language) is { Length: > 0 } translated ? translated : text.Bg;

    /// <summary>Bulgaria's local time, as people there read an event's start.</summary>
    public static string LocalTime(DateTimeOffset moment) =>
        ProgrammeTime.InSofia(moment).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
