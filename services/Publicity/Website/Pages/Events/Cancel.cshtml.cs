using Justice.Publicity.Participation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Justice.Publicity.Website.Pages.Events;

/// <summary>
/// Cancels a registration from the mailed link: opening the link only shows a button (a mail scanner that follows links
/// cancels nothing); the button posts the token.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class CancelModel(EventRegistrations registrations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public CancelOutcome? Outcome { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Outcome = string.IsNullOrWhiteSpace(Token) || Token.Length > 100
            ? CancelOutcome.UnknownToken
            : (await registrations.CancelAsync(Token, cancellationToken)).Outcome;
        if (Outcome is not CancelOutcome.Cancelled)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
