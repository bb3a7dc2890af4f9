using Justice.Assessment;

var builder = WebApplication.CreateBuilder(args);
builder.AddAssessment();

var app = builder.Build();
app.MapAssessment();
app.Run();

namespace Justice.Assessment
{
    /// <summary>Names this service's entry point for WebApplicationFactory in tests.</summary>
    public sealed class AssessmentProgram;
}
