using System.Text.Json;
using System.Text.Json.Serialization;

namespace Justice.Api;

/// <summary>How request bodies are read: strictly, so a mistake is refused rather than half understood.</summary>
public static class JsonRequests
{
    /// <summary>
    /// Unknown or repeated properties, numbers in strings, <c>null</c> where the type says a value must be, and a
    /// missing required constructor parameter all fail binding; the <see cref="BadRequestProblems"/> name the field.
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.MaxDepth = 16;
    }
}
