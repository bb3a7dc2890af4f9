using Justice.Publicity;

var builder = WebApplication.CreateBuilder(args);
builder.AddPublicity();

var app = builder.Build();
app.MapPublicity();
app.Run();

namespace Justice.Publicity
{
    /// <summary>Names this service's entry point for WebApplicationFactory in tests.</summary>
    public sealed class PublicityProgram;
}
