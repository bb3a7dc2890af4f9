using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Justice.Api;

public static class ApiDefaults
{
    /// <summary>
    /// What a service with an HTTP API adds to the service defaults: strict JSON binding whose failures become
    /// problem details naming the field, a database outage answered 503 (<see cref="DatabaseOutageProblems"/>), the
    /// FluentValidation validators of <paramref name="validators"/> (applied by
    /// <see cref="RequestValidation.WithRequestValidation{TBuilder}"/>).
    /// </summary>
    public static IHostApplicationBuilder AddJusticeApi(this IHostApplicationBuilder builder, Assembly validators)
    {
        builder.Services.ConfigureHttpJsonOptions(json => JsonRequests.Configure(json.SerializerOptions));
        // Binding failures are thrown (never answered with an empty 400) so that BadRequestProblems can explain them.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestProblems>();
        builder.Services.AddExceptionHandler<DatabaseOutageProblems>();
        builder.Services.AddValidatorsFromAssemblies([typeof(ApiDefaults).Assembly, validators], ServiceLifetime.Singleton,
            includeInternalTypes: true);
        return builder;
    }

    /// <summary>The service defaults' pipeline.</summary>
    public static WebApplication UseJusticeApi(this WebApplication app)
    {
        app.UseServiceDefaults();
        return app;
    }
}
