using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Justice.Api;

/// <summary>
/// A public JSON answer that rarely changes, serialised once and kept in memory: every request is answered with the
/// same bytes under a strong entity tag (their SHA-256), and a client that already holds them (<c>If-None-Match</c>)
/// gets 304 without a body. The tag is over the bytes, so each language's answer has its own.
/// </summary>
public sealed class CachedJson<T> : IResult, IEndpointMetadataProvider
{
    private readonly byte[] _body;
    private readonly string _cacheControl;

    internal CachedJson(byte[] body, string cacheControl)
    {
        _body = body;
        _cacheControl = cacheControl;
        ETag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))}\"");
    }

    public EntityTagHeaderValue ETag { get; }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        // A 304 carries the headers the 200 would (RFC 9110 §15.4.5), so caches keep them.
        response.Headers.ETag = ETag.ToString();
        response.Headers.CacheControl = _cacheControl;
        response.Headers.Vary = HeaderNames.AcceptLanguage;
        if (IsHeldBy(httpContext.Request))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = _body.Length;
        return response.Body.WriteAsync(_body, httpContext.RequestAborted).AsTask();
    }

    /// <summary>If-None-Match compares weakly (RFC 9110 §13.1.2): a proxy that compressed the answer may have weakened the tag.</summary>
    private bool IsHeldBy(HttpRequest request) =>
        request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } held
        && held.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(ETag, useStrongComparison: false));

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }
}

/// <summary>Makes <see cref="CachedJson{T}"/> answers.</summary>
public static class CachedJson
{
    /// <summary>
    /// <paramref name="value"/> as the API writes it, which anyone may cache for <paramref name="maxAge"/>. The answer
    /// varies with <c>Accept-Language</c>: make one per language.
    /// </summary>
    public static CachedJson<T> Of<T>(T value, JsonSerializerOptions options, TimeSpan maxAge) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, options), $"public, max-age={(int)maxAge.TotalSeconds}");
}
