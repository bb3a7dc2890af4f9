using Grpc.Core;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Justice.Publicity.Website.Pages;

/// <summary>
/// A page that shows what another service holds (Network's institutions, Training's calendar, materials and
/// certificate check). When that service does not answer in time, the page says so with a 503 instead of failing.
/// </summary>
public abstract class ServiceBackedPage(ILogger logger) : PageModel
{
    public bool Unavailable { get; private set; }

    /// <summary>Runs <paramref name="call"/>; when <paramref name="service"/> does not answer, marks the page unavailable.</summary>
    protected async Task AskAsync(string service, Func<Task> call, CancellationToken cancellationToken)
    {
        try
        {
            await call();
        }
        catch (Exception ex) when (IsUnanswered(ex) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("{Service} did not answer the website: {Error}.", service, ex is RpcException rpc ? rpc.StatusCode.ToString() : ex.GetType().Name);
            Unavailable = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }

    private static bool IsUnanswered(Exception ex) => ex switch
    {
        RpcException rpc => rpc.StatusCode is Grpc.Core.StatusCode.Unavailable or Grpc.Core.StatusCode.DeadlineExceeded or Grpc.Core.StatusCode.Internal,
        HttpRequestException or TaskCanceledException => true,
        _ => false,
    };
}
