using Justice.Monitoring;

var builder = WebApplication.CreateBuilder(args);
builder.AddMonitoring();

var app = builder.Build();
app.MapMonitoring();
app.Run();

namespace Justice.Monitoring
{
    /// <summary>Names this service's entry point for WebApplicationFactory in tests.</summary>
    public sealed class MonitoringProgram;
}
