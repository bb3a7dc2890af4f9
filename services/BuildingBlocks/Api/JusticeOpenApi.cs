using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Justice.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Justice.Api;

/// <summary>A service's OpenAPI document (<c>/openapi/v1.json</c>) and a Scalar UI (<c>/scalar</c>), in Development.</summary>
public static class JusticeOpenApi
{
    private const string Bearer = "Bearer";

    /// <param name="title">The document's title: the service, e.g. <c>Justice.Training</c>.</param>
    /// <param name="description">What the service does, for whoever reads the document first.</param>
    public static IServiceCollection AddJusticeOpenApi(this IServiceCollection services, string title, string description) =>
        services.AddOpenApi(options => options
            .AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = title,
                    Version = "v1",
                    Description = description + " Errors are RFC 7807 problem details.",
                    Contact = new OpenApiContact { Name = "Justice.Aspire" },
                };
                document.Servers = [new OpenApiServer { Url = "http://localhost:8080", Description = "The gateway (local)" }];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    [Bearer] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                        Description = "An access token from the identity service (/connect/token).",
                    },
                };
                return Task.CompletedTask;
            })
            .AddOperationTransformer(DescribeAccess)
            .AddOperationTransformer(DescribeBadInput)
            .AddOperationTransformer(NameQueryParametersAsClientsWriteThem));

    public static WebApplication MapJusticeOpenApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Says who may call each operation, read from its authorization metadata, ahead of what the endpoint
    /// describes itself, and adds the bearer requirement with the 401 and 403 problem responses every protected
    /// operation can give.
    /// </summary>
    private static Task DescribeAccess(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken _)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var access = WhoMayCall(metadata);
        if (access is null)
        {
            return Task.CompletedTask;
        }
        operation.Description = string.IsNullOrEmpty(operation.Description) ? access : $"{access}\n\n{operation.Description}";
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return Task.CompletedTask;
        }
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] }];
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("401", Problem("No valid bearer token.", context));
        operation.Responses.TryAdd("403", Problem("The caller's role may not do this.", context));
        return Task.CompletedTask;
    }

    /// <summary>Every operation that takes a body can refuse it: 400 naming the fields, 413 when too large, 415 when not JSON.</summary>
    private static Task DescribeBadInput(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken _)
    {
        if (operation.RequestBody is null)
        {
            return Task.CompletedTask;
        }
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("400", Problem("The body, or a field of it, is not valid: the problem's errors name each field.", context));
        operation.Responses.TryAdd("413", Problem("The body is larger than the operation accepts.", context));
        if (operation.RequestBody.Content?.ContainsKey("application/json") == true)
        {
            operation.Responses.TryAdd("415", Problem("The body is not JSON.", context));
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// <c>[AsParameters]</c> records bind query parameters by their C# names, case-insensitively; the document names
    /// them as clients write them: <c>pageSize</c>, not <c>PageSize</c>.
    /// </summary>
    private static Task NameQueryParametersAsClientsWriteThem(OpenApiOperation operation, OpenApiOperationTransformerContext context,
        CancellationToken _)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query) ?? [])
        {
            parameter.Name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
        }
        return Task.CompletedTask;
    }

    /// <summary>Who may call an endpoint with this metadata, in a sentence; null when it has no authorization at all.</summary>
    private static string? WhoMayCall(IList<object> metadata)
    {
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return "Public: no token needed.";
        }
        if (!metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<AuthorizationPolicy>().Any())
        {
            return null;
        }
        // Every policy on the endpoint must hold (group and endpoint): the roles allowed are those all of them allow.
        var roleSets = metadata.OfType<AuthorizationPolicy>()
            .SelectMany(policy => policy.Requirements.OfType<RolesAuthorizationRequirement>())
            .Select(requirement => requirement.AllowedRoles)
            .Concat(metadata.OfType<IAuthorizeData>().Where(data => !string.IsNullOrEmpty(data.Roles))
                .Select(data => data.Roles!.Split(',', StringSplitOptions.TrimEntries)))
            .ToList();
        if (roleSets.Count == 0)
        {
            return "Who may call: anyone signed in to the programme; what they see depends on their role and region.";
        }
        var roles = roleSets.Aggregate((all, next) => [.. all.Intersect(next, StringComparer.Ordinal)]).ToList();
        return $"Who may call: {string.Join(", ", roles)}."
            + (roles.All(Roles.IsNational) ? "" : " Regional roles act within their own region only.");
    }

    private static OpenApiResponse Problem(string description, OpenApiOperationTransformerContext context) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
        },
    };
}
