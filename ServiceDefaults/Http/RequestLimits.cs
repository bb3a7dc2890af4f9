namespace Justice.ServiceDefaults.Http;

public static class RequestLimits
{
    /// <summary>The largest request body a JSON endpoint accepts: 64 KiB. Larger bodies get 413.</summary>
    public const long MaxBodyBytes = 64 * 1024;
}
