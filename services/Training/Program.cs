using Justice.Training;

var builder = WebApplication.CreateBuilder(args);
builder.AddTraining();

var app = builder.Build();
app.MapTraining();
app.Run();

namespace Justice.Training
{
    /// <summary>Names this service's entry point for WebApplicationFactory in tests.</summary>
    public sealed class TrainingProgram;
}
