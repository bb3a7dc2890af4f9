using FluentValidation;
using Justice.Api;
using Justice.Contracts;
using Justice.ServiceDefaults.Http;

namespace Justice.Network.Api;

/// <summary>Rules the council, meeting and case requests share, with their messages in the reader's language.</summary>
public static class NetworkRules
{
    /// <summary>A day not after today in Bulgaria (<see cref="ProgrammeTime.Today"/>), when given.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> NotInFuture<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Must(date => date is null || date <= ProgrammeTime.Today(clock))
            .WithMessage(_ => ReaderLanguage.Pick("Датата не може да е в бъдещето.", "The date cannot be in the future.",
                "La date ne peut pas être dans le futur."));
}
