using Justice.Publicity.Participation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Justice.Publicity.Website.Pages.Events;

/// <summary>Confirms a registration with the mailed code, typed into a form (POST: the code never sits in a URL).</summary>
[IgnoreAntiforgeryToken]
public sealed class ConfirmModel(EventRegistrations registrations) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public ConfirmOutcome? Outcome { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Outcome = string.IsNullOrWhiteSpace(Code) || Code.Length > 40
            ? ConfirmOutcome.UnknownCode
            : (await registrations.ConfirmAsync(Code, cancellationToken)).Outcome;
        if (Outcome is ConfirmOutcome.UnknownCode or ConfirmOutcome.Closed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
