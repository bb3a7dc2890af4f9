using Justice.Identity;

var builder = WebApplication.CreateBuilder(args);
builder.AddIdentity();

var app = builder.Build();
app.MapIdentity();
app.Run();

namespace Justice.Identity
{
    /// <summary>Names this service's entry point for WebApplicationFactory in tests.</summary>
    public sealed class IdentityProgram;
}
