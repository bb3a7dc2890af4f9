using System.Data.Common;
using Justice.ServiceDefaults.Http;

namespace Justice.Api;

/// <summary>
/// A database that is down, refuses connections or does not answer is a passing condition, not a fault in the request:
/// callers are told to come back (503 with <c>Retry-After</c>, or gRPC <c>Unavailable</c>) instead of getting a 500 or
/// <c>Unknown</c> they cannot act on.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>What a gRPC caller is told: status details are for programs and their operators, in English.</summary>
    public const string Detail = "The service's database is unavailable; try again shortly.";

    /// <summary>What an HTTP caller reads, in their language.</summary>
    public static string DetailForReader => ReaderLanguage.Pick(
        "Базата данни на услугата е недостъпна; опитайте отново след малко.", Detail,
        "La base de données du service est indisponible ; réessayez dans un instant.");

    /// <summary>Long enough for a restarted server or a failed-over one to be back; a refused connection fails at once.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether <paramref name="exception"/> is, or wraps (EF Core's <c>DbUpdateException</c>, a retry strategy's
    /// exception), a database error its provider calls transient. Npgsql calls so a refused, reset or timed-out
    /// connection (its inner <see cref="System.Net.Sockets.SocketException"/>, <see cref="IOException"/> or
    /// <see cref="TimeoutException"/>) and the server's own "cannot connect now" or "too many connections"; it never
    /// calls so an error in the SQL or a broken constraint, which stay 500 or are answered by the handler.
    /// </summary>
    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true })
            {
                return true;
            }
        }
        return false;
    }
}
