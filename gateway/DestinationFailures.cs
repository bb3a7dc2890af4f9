using System.Globalization;
using Grpc.Core;
using Justice.ServiceDefaults.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Justice.Gateway;

/// <summary>
/// What a caller hears when the service behind a route is down or silent. YARP itself answers an empty 502, 503 or
/// 504, which a portal cannot explain and a gRPC client reads as a bare HTTP error: a service that refuses the
/// connection (or has no destination) becomes 503, one that does not answer within its cluster's
/// <c>HttpRequest.ActivityTimeout</c> 504 — as problem details for REST, as <c>Unavailable</c> or
/// <c>DeadlineExceeded</c> for gRPC, which reads its status from <c>grpc-status</c> and never from a body.
/// </summary>
public static class DestinationFailures
{
    /// <summary>How long the gateway waits for a TCP connection to a service: long enough for a busy one, short enough
    /// that a vanished one is reported well within the clusters' activity timeout.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(3);

    /// <summary>What a 503 asks a caller to wait: about as long as the AppHost or a cluster takes to start a service again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <param name="Detail">What a gRPC caller is told (its status message: English, for programs and their operators).</param>
    /// <param name="DetailBg">The same for a person, in Bulgarian (a problem's detail is in the reader's language).</param>
    /// <param name="DetailFr">And in French.</param>
    private sealed record Failure(int HttpStatus, StatusCode GrpcStatus, string Detail, string DetailBg, string DetailFr)
    {
        public string ReaderDetail => ReaderLanguage.Pick(DetailBg, Detail, DetailFr);
    }

    private static readonly Failure Down = new(StatusCodes.Status503ServiceUnavailable, StatusCode.Unavailable,
        "The service behind this address cannot be reached; try again shortly.",
        "Услугата зад този адрес е недостъпна; опитайте отново след малко.",
        "Le service derrière cette adresse est injoignable ; réessayez dans un instant.");

    private static readonly Failure Silent = new(StatusCodes.Status504GatewayTimeout, StatusCode.DeadlineExceeded,
        "The service behind this address did not answer in time; try again shortly.",
        "Услугата зад този адрес не отговори навреме; опитайте отново след малко.",
        "Le service derrière cette adresse n'a pas répondu à temps ; réessayez dans un instant.");

    private static readonly Failure Garbled = new(StatusCodes.Status502BadGateway, StatusCode.Unavailable,
        "The service behind this address gave an answer the gateway could not pass on.",
        "Услугата зад този адрес даде отговор, който шлюзът не можа да предаде.",
        "Le service derrière cette adresse a donné une réponse que la passerelle n'a pas pu transmettre.");

    /// <summary>Runs first in the proxy's pipeline, so it sees every forwarding failure, the missing destination too.</summary>
    public static IReverseProxyApplicationBuilder UseDestinationFailures(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            await next(context);
            if (!context.Response.HasStarted && Classify(context.GetForwarderErrorFeature()) is { } failure)
            {
                await AnswerAsync(context, failure);
            }
        });
        return proxy;
    }

    /// <summary>Only failures before any of the answer reached the caller; a caller that left needs no answer.</summary>
    private static Failure? Classify(IForwarderErrorFeature? error) => error?.Error switch
    {
        ForwarderError.RequestTimedOut => Silent,
        ForwarderError.NoAvailableDestinations => Down,
        ForwarderError.Request when error.Exception is HttpRequestException
        {
            HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError,
        } => Down,
        ForwarderError.Request => Garbled,
        _ => null,
    };

    private static Task AnswerAsync(HttpContext context, Failure failure)
    {
        context.Response.Clear();
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            // A trailers-only answer: HTTP 200 with the call's status in its headers and no messages.
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = ((int)failure.GrpcStatus).ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["grpc-message"] = failure.Detail;
            return Task.CompletedTask;
        }
        if (failure.HttpStatus == StatusCodes.Status503ServiceUnavailable)
        {
            Problems.SetRetryAfter(context.Response, RetryAfter);
        }
        return TypedResults.Problem(statusCode: failure.HttpStatus, title: ProblemTitles.For(failure.HttpStatus), detail: failure.ReaderDetail)
            .ExecuteAsync(context);
    }
}
