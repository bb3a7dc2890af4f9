using Justice.Network;

var builder = WebApplication.CreateBuilder(args);
builder.AddNetwork();

var app = builder.Build();
app.MapNetwork();
app.Run();

namespace Justice.Network
{
    /// <summary>Names this service's entry point for WebApplicationFactory in tests.</summary>
    public sealed class NetworkProgram;
}
