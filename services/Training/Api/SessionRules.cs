using Justice.Api;
using Justice.Training.Domain.Sessions;

namespace Justice.Training.Api;

/// <summary>What a planned session must satisfy.</summary>
public static class SessionRules
{
    public const int MaxTrainers = 10;
    public const int MaxAgendaItems = 40;

    public sealed record Plan(
        SessionKind Kind, string? RegionCode, string Title, string Venue, DateOnly StartsOn, DateOnly EndsOn, int Capacity,
        IReadOnlyList<string> TrainerIds, IReadOnlyList<AgendaItem> Agenda);

    /// <summary>Checks every field; returns the cleaned plan when all are valid.</summary>
    public static Plan? Validate(
        CreateSessionRequest request, IReadOnlySet<string> competencies, IReadOnlySet<Guid> materials, ValidationErrors errors)
    {
        SessionKind? kind = request.Kind switch
        {
            null or "regional" => SessionKind.Regional,
            "national" => SessionKind.National,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add("kind", "Use regional or national.");
        }

        string? region = null;
        if (kind == SessionKind.National && request.RegionCode is not null)
        {
            errors.Add("regionCode", "A national session has no judicial region.");
        }
        else if (kind == SessionKind.Regional)
        {
            region = RegionField.Required(request.RegionCode, "regionCode", errors);
        }

        var title = errors.RequireText("title", request.Title, 200);
        var venue = errors.RequireText("venue", request.Venue, 200);
        ValidateDates(request.StartsOn, request.EndsOn, errors);

        var capacity = request.Capacity ?? TrainingSession.DefaultCapacity;
        if (capacity is < 1 or > TrainingSession.MaxCapacity)
        {
            errors.Add("capacity", $"Capacity runs from 1 to {TrainingSession.MaxCapacity}; the default is {TrainingSession.DefaultCapacity}.");
        }

        var trainers = request.TrainerIds ?? [];
        if (trainers.Count > MaxTrainers || trainers.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > 100 || t.Any(char.IsControl)))
        {
            errors.Add("trainerIds", $"Give up to {MaxTrainers} account ids of trainers, each at most 100 characters.");
        }

        var days = request.StartsOn is { } start && request.EndsOn is { } end ? end.DayNumber - start.DayNumber + 1 : 0;
        var agenda = ValidateAgenda(request.Agenda ?? [], days, competencies, materials, errors);

        return errors.IsEmpty
            ? new Plan(kind!.Value, region, title!, venue!, request.StartsOn!.Value, request.EndsOn!.Value, capacity,
                [.. trainers.Select(t => t.Trim()).Distinct(StringComparer.Ordinal)], agenda)
            : null;
    }

    private static void ValidateDates(DateOnly? startsOn, DateOnly? endsOn, ValidationErrors errors)
    {
        if (startsOn is null)
        {
            errors.Add("startsOn", "This field is required.");
        }
        if (endsOn is null)
        {
            errors.Add("endsOn", "This field is required.");
        }
        if (startsOn is { } start && endsOn is { } end)
        {
            if (end < start)
            {
                errors.Add("endsOn", "The session cannot end before it starts.");
            }
            else if (end.DayNumber - start.DayNumber + 1 > TrainingSession.MaxDays)
            {
                errors.Add("endsOn", $"A session lasts at most {TrainingSession.MaxDays} days (normally two).");
            }
        }
    }

    private static List<AgendaItem> ValidateAgenda(
        IReadOnlyList<AgendaItemRequest> items, int days, IReadOnlySet<string> competencies, IReadOnlySet<Guid> materials,
        ValidationErrors errors)
    {
        if (items.Count > MaxAgendaItems)
        {
            errors.Add("agenda", $"At most {MaxAgendaItems} agenda items.");
            return [];
        }
        var agenda = new List<AgendaItem>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var field = $"agenda[{i}]";
            if (item.Day is not { } day || day < 1 || (days > 0 && day > days))
            {
                errors.Add($"{field}.day", days > 0 ? $"Days run from 1 to {days}." : "A day of the session, from 1.");
            }
            var topic = errors.RequireText($"{field}.topic", item.Topic, 300);
            var codes = item.Competencies ?? [];
            var unknown = codes.Where(c => !competencies.Contains(c)).ToList();
            if (unknown.Count > 0)
            {
                errors.Add($"{field}.competencies", $"Unknown in the published framework: {string.Join(", ", unknown)}.");
            }
            if ((item.Materials ?? []).Any(id => !materials.Contains(id)))
            {
                errors.Add($"{field}.materials", "Every material must be one of the training materials package.");
            }
            if (errors.IsEmpty)
            {
                agenda.Add(new AgendaItem(item.Day!.Value, topic!, [.. codes.Distinct(StringComparer.Ordinal)], [.. (item.Materials ?? []).Distinct()]));
            }
        }
        return agenda;
    }
}
