using System.Net.Http.Headers;
using System.Net.Http.Json;
using Grpc.Core;
using Justice.Network.V1;

namespace Justice.Benchmarks;

/// <summary>The calls the scenarios make, each answering whether the system answered as it should.</summary>
public static class Calls
{
    /// <summary>A client for one address that opens as many connections as the load needs.</summary>
    public static HttpClient Client(Uri address, string? token = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    /// <summary>A GET whose body is read to the end, as a portal would.</summary>
    public static Call Get(HttpClient client, string path) => async cancellationToken =>
    {
        try
        {
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
            return Failure(response);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return ex.GetType().Name;
        }
    };

    /// <summary>Registers a new practitioner of Vidin (BG-05), each with a name of its own.</summary>
    public static Call Register(HttpClient client)
    {
        var next = 0L;
        return async cancellationToken =>
        {
            var request = new
            {
                fullName = $"Maria Benchova {Letters(Interlocked.Increment(ref next))}",
                profession = "judge",
                institution = "Rayonen sad Vidin",
                regionCode = "BG-05",
            };
            try
            {
                using var response = await client.PostAsJsonAsync("/api/training/practitioners", request, cancellationToken);
                return Failure(response);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // A TaskCanceledException here is the client's timeout (60 s).
                return ex.GetType().Name;
            }
        };
    }

    /// <summary><c>RegionDirectory/ListRegions</c> over gRPC with the caller's token.</summary>
    public static Call ListRegions(RegionDirectory.RegionDirectoryClient client, string token)
    {
        var headers = new Metadata { { "authorization", $"Bearer {token}" } };
        return async cancellationToken =>
        {
            try
            {
                var response = await client.ListRegionsAsync(new ListRegionsRequest(), headers, cancellationToken: cancellationToken);
                return response.Regions.Count > 0 ? null : "empty";
            }
            catch (RpcException ex)
            {
                return ex.StatusCode.ToString();
            }
        };
    }

    /// <summary>Any unary gRPC call: null when it answers, else its status code.</summary>
    public static Call Grpc<TResponse>(Func<CancellationToken, AsyncUnaryCall<TResponse>> send) => async cancellationToken =>
    {
        try
        {
            using var call = send(cancellationToken);
            await call.ResponseAsync;
            return null;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode.ToString();
        }
    };

    /// <summary>Null for a success, else the status code.</summary>
    private static string? Failure(HttpResponseMessage response) =>
        response.IsSuccessStatusCode ? null : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A number written in Latin letters (1 → "A", 27 → "Aa"): names take letters only.</summary>
    private static string Letters(long number)
    {
        var letters = new Stack<char>();
        for (; number > 0; number = (number - 1) / 26)
        {
            letters.Push((char)('a' + ((number - 1) % 26)));
        }
        var word = letters.ToArray();
        word[0] = char.ToUpperInvariant(word[0]);
        return new string(word);
    }
}
