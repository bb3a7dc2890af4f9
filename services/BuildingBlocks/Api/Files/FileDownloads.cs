using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace Justice.Api.Files;

/// <summary>How a stored file is served: as what its content is, never sniffed by the browser, revalidated by its hash.</summary>
public static class FileDownloads
{
    /// <summary>
    /// Sets the headers every download carries (no sniffing, private and revalidated) and gives the file's entity tag,
    /// its SHA-256. <paramref name="notModified"/> is true when the client already holds this very file
    /// (<c>If-None-Match</c>): the ETag header is then set, and the answer is 304 without loading the bytes.
    /// </summary>
    public static EntityTagHeaderValue Prepare(HttpContext http, string sha256, out bool notModified)
    {
        var tag = new EntityTagHeaderValue($"\"{sha256}\"");
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-cache";
        notModified = http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
            && ifNoneMatch.Any(candidate => candidate.Compare(tag, useStrongComparison: false) || candidate.Equals(EntityTagHeaderValue.Any));
        if (notModified)
        {
            http.Response.Headers.ETag = tag.ToString();
        }
        return tag;
    }

    /// <summary>Declares the 200 answer as a file of one of <paramref name="types"/> (each with a binary schema), and 304.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, IReadOnlyList<FileType> types) =>
        builder.Produces(StatusCodes.Status200OK, contentType: types[0].ContentType,
                additionalContentTypes: [.. types.Skip(1).Select(t => t.ContentType)])
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Declared without a type, the file's content types would have no schema.
                if (operation.Responses?.TryGetValue("200", out var ok) is true && ok is OpenApiResponse response)
                {
                    response.Description = "The file, with the content type of what it is.";
                    response.Content = types.ToDictionary(t => t.ContentType,
                        _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } });
                }
                return Task.CompletedTask;
            })
            .Produces(StatusCodes.Status304NotModified);
}
