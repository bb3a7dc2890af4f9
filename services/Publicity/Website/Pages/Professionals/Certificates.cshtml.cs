using Microsoft.AspNetCore.Mvc;

namespace Justice.Publicity.Website.Pages.Professionals;

/// <summary>
/// Certificate verification: the code typed into a form (POST, so it stays out of URLs) and checked by Training. The
/// site holds no session or sign-in, so a forged form can act for nobody: no anti-forgery token is needed.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class CertificatesModel(CertificateCheck check, ILogger<CertificatesModel> logger) : ServiceBackedPage(logger)
{
    [BindProperty]
    public string? Code { get; set; }

    public CertificateVerification? Result { get; private set; }
    public bool Unknown { get; private set; }

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
        await AskAsync("Training", async () =>
        {
            Result = await check.VerifyAsync(Code, cancellationToken);
            Unknown = Result is null;
        }, cancellationToken);
    }
}
