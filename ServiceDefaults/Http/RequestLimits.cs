using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Justice.ServiceDefaults.Http;

public static class RequestLimits
{
    /// <summary>The largest request body a JSON endpoint accepts: 64 KiB. Larger bodies get 413.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    /// <summary>The longest request line ("GET /path?query HTTP/1.1" and its line end): 8 KiB. Longer ones get 414.</summary>
    public const int MaxRequestLineBytes = 8 * 1024;

    /// <summary>The most header bytes (each "name: value" and its line end): 32 KiB. More get 431.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>The most header fields: 100. More get 431.</summary>
    public const int MaxHeaderCount = 100;

    /// <summary>
    /// Kestrel's own limits, far above the published ones so that <see cref="HeaderLimitsMiddleware"/> answers with
    /// problem details; past them Kestrel answers alone, with no body. They bound what one connection may make the server
    /// hold while it reads a request.
    /// </summary>
    public const int ServerRequestLineBytes = 64 * 1024;

    /// <inheritdoc cref="ServerRequestLineBytes"/>
    public const int ServerHeaderBytes = 128 * 1024;

    /// <inheritdoc cref="ServerRequestLineBytes"/>
    public const int ServerHeaderCount = 500;

    /// <summary>
    /// The largest body <paramref name="context"/>'s endpoint accepts: its own limit (<see cref="IRequestSizeLimitMetadata"/>,
    /// null meaning none), or <see cref="MaxBodyBytes"/>.
    /// </summary>
    public static long? MaxBodyBytesOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } own ? own.MaxRequestBodySize : MaxBodyBytes;

    /// <summary>
    /// Holds <paramref name="context"/>'s body to <paramref name="maxBytes"/> (null: no limit). A declared larger body
    /// gets the 413 problem to answer at once; an undeclared (chunked) one is cut off by the server while it is read.
    /// </summary>
    public static ProblemHttpResult? Limit(HttpContext context, long? maxBytes)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            // The body is left unread, so the connection cannot carry another request: say so, or a client that reuses
            // it finds it reset under its next request.
            context.Response.Headers.Connection = "close";
            return Problems.PayloadTooLarge(maxBytes.Value);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maxBytes;
        }
        return null;
    }

    /// <summary>Lets this endpoint (an upload) take bodies of up to <paramref name="maxBytes"/> instead of <see cref="MaxBodyBytes"/>.</summary>
    public static TBuilder WithMaxBodyBytes<TBuilder>(this TBuilder builder, long maxBytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodySizeLimit(maxBytes));

    /// <summary>A byte count as people read it: "64 KiB", "20 MiB".</summary>
    public static string Describe(long bytes) =>
        bytes % (1024 * 1024) == 0 ? FormattableString.Invariant($"{bytes / (1024 * 1024)} MiB")
        : bytes % 1024 == 0 ? FormattableString.Invariant($"{bytes / 1024} KiB")
        : ReaderLanguage.Pick(FormattableString.Invariant($"{bytes} байта"), FormattableString.Invariant($"{bytes} bytes"),
            FormattableString.Invariant($"{bytes} octets"));
}

/// <summary>An endpoint's own request body limit.</summary>
public sealed record BodySizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
