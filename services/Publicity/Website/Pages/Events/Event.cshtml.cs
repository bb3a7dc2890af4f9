using FluentValidation;
using Justice.Publicity.Api.Events;
using Justice.Publicity.Data;
using Justice.Publicity.Domain.Events;
using Justice.Publicity.Participation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Justice.Publicity.Website.Pages.Events;

/// <summary>
/// One event and its registration form. The form posts here (nothing personal in a URL); a hidden field that people
/// never see catches robots. The site holds no session or sign-in, so a forged form can act for nobody: no anti-forgery
/// token is needed.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class EventModel(PublicityDbContext db, EventSeats seats, EventRegistrations registrations, IValidator<RegistrationRequest> rules,
    TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Organisation { get; set; }
    [BindProperty] public bool Consent { get; set; }
    [BindProperty] public string? Website { get; set; }

    public PublicEvent? Event { get; private set; }
    public int SeatsLeft { get; private set; }
    public bool Open { get; private set; }
    public bool Sent { get; private set; }
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (!string.IsNullOrEmpty(Website))
        {
            registrations.Refuse();
            Sent = true;
            return Page();
        }
        var language = (string)RouteData.Values[SiteLanguage.RouteKey]!;
        // The API's rules and messages, so the form and the API accept the same.
        var request = new RegistrationRequest(Name, Email, Organisation, language, Consent);
        foreach (var error in (await rules.ValidateAsync(request, cancellationToken)).Errors)
        {
            Errors.TryAdd(error.PropertyName, error.ErrorMessage);
        }
        if (Errors.Count > 0 || !Open)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var outcome = await registrations.RegisterAsync(Id, new RegistrationInput(Name!, Email!, Organisation, language), cancellationToken);
        Sent = outcome == RegisterOutcome.Accepted;
        Open = outcome != RegisterOutcome.Closed && Open;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == Id, cancellationToken);
        if (Event is null)
        {
            return false;
        }
        SeatsLeft = Event.SeatsLeft(await seats.TakenAsync(Id, cancellationToken));
        Open = Event.TakesRegistrations(clock.GetUtcNow());
        return true;
    }
}
