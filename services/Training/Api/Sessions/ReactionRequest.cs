using FluentValidation;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Training.Domain.Sessions;

namespace Justice.Training.Api.Sessions;

/// <param name="Ratings">1 (poor) to 5 (excellent) for: relevance, trainers, materials, organisation, overall.</param>
public sealed record ReactionRequest(IReadOnlyList<int> Ratings);

public sealed class ReactionRequestValidator : RequestValidator<ReactionRequest>
{
    public ReactionRequestValidator() =>
        RuleFor(r => r.Ratings).Must(ReactionQuestionnaire.AreValid).WithMessage(_ => ReaderLanguage.Pick(
            $"Оценете всеки от {ReactionQuestionnaire.Items.Count} въпроса от 1 (слабо) до 5 (отлично).",
            $"Rate each of the {ReactionQuestionnaire.Items.Count} items from 1 (poor) to 5 (excellent).",
            $"Notez chacun des {ReactionQuestionnaire.Items.Count} points de 1 (faible) à 5 (excellent)."));
}
