using Justice.ServiceDefaults.Health;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every Justice service shares: telemetry to the Aspire dashboard, health endpoints, service
/// discovery, HTTP resilience, problem details with correlation ids, and request line, header and body limits.
/// </summary>
public static class ServiceDefaultsExtensions
{
    private const string HealthPath = "/health";
    private const string AlivePath = "/alive";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.Services.AddJusticeProblemDetails();
        builder.Services.AddReaderLanguage();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
            kestrel.AddServerHeader = false; // no "Server: Kestrel" telling a scanner what to try
            // Kestrel answers its own limits itself, before any middleware runs, with no body: set far above the published
            // limits, which HeaderLimitsMiddleware enforces with problem details. A request past these, or one Kestrel
            // cannot parse at all (a malformed request line or header), still gets Kestrel's bare 400/414/431: there is no
            // request for the application to answer yet.
            kestrel.Limits.MaxRequestLineSize = RequestLimits.ServerRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestLimits.ServerHeaderBytes;
            kestrel.Limits.MaxRequestHeaderCount = RequestLimits.ServerHeaderCount;
            kestrel.Limits.Http2.MaxRequestHeaderFieldSize = RequestLimits.ServerHeaderBytes; // one HTTP/2 field (:path too)
        });
        builder.Services.TryAddSingleton(HeaderLimits.BehindTheGateway);
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", "Npgsql", "Justice.*"))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, "MassTransit", "Npgsql", "Grpc.Net.Client", "Justice.*")
                .AddAspNetCoreInstrumentation(aspnet =>
                {
                    // Probes would drown the traces an operator is looking for.
                    aspnet.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthPath)
                        && !context.Request.Path.StartsWithSegments(AlivePath);
                    // Query strings can carry search terms; traces keep the path only.
                    aspnet.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
                })
                .AddHttpClientInstrumentation(http =>
                    http.EnrichWithHttpRequestMessage = (activity, _) => activity.SetTag("url.query", null)));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>
    /// The shared request pipeline: correlation id, security headers, the reader's language, the request line and header
    /// limits, problem details for errors and bare status codes, and the request body size limit.
    /// </summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseMiddleware<HeaderLimitsMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<BodySizeLimitMiddleware>();
        return app;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync })
            .DisableHttpMetrics();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") })
            .DisableHttpMetrics();
        return app;
    }
}
