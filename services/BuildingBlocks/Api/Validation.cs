using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Justice.ServiceDefaults.Http;

namespace Justice.Api;

/// <summary>Collects every problem with a request, so one answer names each bad field.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>400 problem details whose <c>errors</c> name each bad field.</summary>
    public ProblemHttpResult ToProblem() => Problems.Validation(ToDictionary());

    /// <summary>
    /// A required text: present, not blank, at most <paramref name="maxLength"/> characters, and free of
    /// control characters (U+0000 among them). Returns the trimmed text when valid.
    /// </summary>
    public string? RequireText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "This field is required.");
            return null;
        }
        if (value.Any(char.IsControl))
        {
            Add(field, "Control characters (such as U+0000) are not allowed.");
            return null;
        }
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters are allowed.");
            return null;
        }
        return trimmed;
    }
}
