using FluentValidation;
using Justice.Api;
using Justice.ServiceDefaults.Http;

namespace Justice.Network.Api.Cases;

/// <summary>The rules the case requests share, with their messages in the reader's language.</summary>
public static class CaseRules
{
    /// <summary>How far ahead of the server's clock a time may be (clocks of the callers' devices drift).</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    /// <summary>A time that has happened: not later than now and the tolerance, when given.</summary>
    public static IRuleBuilderOptions<T, DateTimeOffset?> NotInFuture<T>(this IRuleBuilder<T, DateTimeOffset?> rule, TimeProvider clock) =>
        rule.Must(at => at is null || at <= clock.GetUtcNow() + FutureTolerance)
            .WithMessage(_ => ReaderLanguage.Pick("Времето не може да е в бъдещето.", "The time cannot be in the future.",
                "L'heure ne peut pas être dans le futur."));

    /// <summary>A list that is present, of at most <paramref name="max"/> elements.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TElement>?> List<T, TElement>(this IRuleBuilder<T, IReadOnlyList<TElement>?> rule,
        int min, int max) =>
        rule.NotNull()
            .Must(list => list is null || (list.Count >= min && list.Count <= max))
            .WithMessage(_ => ReaderLanguage.Pick($"Между {min} и {max} елемента.", $"Between {min} and {max} items.",
                $"Entre {min} et {max} éléments."));

    /// <summary>A list of ids with none twice.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<Guid?>?> Distinct<T>(this IRuleBuilder<T, IReadOnlyList<Guid?>?> rule) =>
        rule.Must(list => list is null || list.Where(id => id is not null).Distinct().Count() == list.Count(id => id is not null))
            .WithMessage(_ => ReaderLanguage.Pick("Всяка институция се посочва веднъж.", "Name each institution once.",
                "Indiquez chaque institution une seule fois."));
}
