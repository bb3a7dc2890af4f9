using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Justice.Training.Api;

/// <summary>The service's OpenAPI document (<c>/openapi/v1.json</c>) and a Scalar UI (<c>/scalar</c>), in Development.</summary>
public static class OpenApi
{
    public static IServiceCollection AddTrainingOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Justice.Training",
                Version = "v1",
                Description = "Practitioners and their training in the programme \"Justice befriends the child\". "
                    + "Every operation needs a bearer token from the identity service; errors are RFC 7807 problem details.",
                Contact = new OpenApiContact { Name = "Justice.Aspire" },
            };
            document.Servers = [new OpenApiServer { Url = "http://localhost:8080", Description = "The gateway (local)" }];
            return Task.CompletedTask;
        }));

    public static WebApplication MapTrainingOpenApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        return app;
    }
}
