using System.Globalization;
using FluentValidation;
using Justice.ServiceDefaults.Http;

namespace Justice.Api;

/// <summary>
/// The page a list is asked for, from the query string (<c>?page=2&amp;pageSize=50</c>); bind it with
/// <c>[AsParameters]</c>. Both are texts so that a bad value is named in the problem, not lost in binding.
/// </summary>
public sealed record PageQuery(string? Page = null, string? PageSize = null)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;

    /// <summary>The page asked for, once validated.</summary>
    public PageRequest Request => new(Parse(Page) ?? 1, Parse(PageSize) ?? DefaultPageSize);

    internal static int? Parse(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}

internal sealed class PageQueryValidator : RequestValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(query => query.Page).Must(text => text is null || PageQuery.Parse(text) >= 1)
            .WithMessage(_ => WholeNumber(int.MaxValue));
        RuleFor(query => query.PageSize).Must(text => text is null || PageQuery.Parse(text) is >= 1 and <= PageQuery.MaxPageSize)
            .WithMessage(_ => WholeNumber(PageQuery.MaxPageSize));
    }

    private static string WholeNumber(int max) => ReaderLanguage.Pick(
        $"Използвайте цяло число от 1 до {max}.", $"Use a whole number from 1 to {max}.", $"Utilisez un nombre entier de 1 à {max}.");
}
