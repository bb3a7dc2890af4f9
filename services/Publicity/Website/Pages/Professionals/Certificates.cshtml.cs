using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Justice.Publicity.Website.Pages.Professionals;

/// <summary>
/// Certificate verification: the code typed into a form (POST, so it stays out of URLs) and checked by Training. The
/// site holds no session or sign-in, so a forged form can act for nobody: no anti-forgery token is needed.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class CertificatesModel(CertificateCheck check, ILogger<CertificatesModel> logger) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public CertificateVerification? Result { get; private set; }
    public bool Unknown { get; private set; }
    public bool Unavailable { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Code) || Code.Length > 40)
        {
            Unknown = true;
            return;
        }
        try
        {
            Result = await check.VerifyAsync(Code, cancellationToken);
            Unknown = Result is null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Training's certificate check is unavailable: {Error}.", ex.GetType().Name);
            Unavailable = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }
}
