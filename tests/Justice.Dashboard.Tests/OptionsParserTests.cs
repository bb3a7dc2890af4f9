namespace Justice.Dashboard.Tests;

public sealed class OptionsParserTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Without_options_the_local_system_is_watched_in_bulgarian_with_the_apphost_secret_file()
    {
        var options = OptionsParser.Parse([], NoEnvironment).Options!;

        Assert.Equal(new Uri("http://localhost:8080"), options.Gateway);
        Assert.Equal(new Uri("http://localhost:8081"), options.Grpc);
        Assert.Equal("national-dashboard", options.ClientId);
        Assert.Equal("bg", options.Language);
        Assert.Equal(Path.Combine(".data", "national-dashboard.secret"), options.SecretFile);
        Assert.Null(options.Secret);
        Assert.Null(options.Region);
        Assert.False(options.Once);
    }

    [Fact]
    public void Every_option_is_read_in_both_forms()
    {
        var options = OptionsParser.Parse(["--gateway=https://gw.example:9443", "--grpc", "http://gw.example:9444", "--client-id", "other",
            "--secret=s3cret", "--region", "bg-05", "--language=FR", "--once"], NoEnvironment).Options!;

        Assert.Equal(new Uri("https://gw.example:9443"), options.Gateway);
        Assert.Equal(new Uri("http://gw.example:9444"), options.Grpc);
        Assert.Equal("other", options.ClientId);
        Assert.Equal("s3cret", options.Secret);
        Assert.Equal("BG-05", options.Region);
        Assert.Equal("fr", options.Language);
        Assert.True(options.Once);
    }

    [Fact]
    public void The_environment_gives_the_secret_unless_the_command_line_names_one_or_a_file()
    {
        Func<string, string?> environment = name => name == "JUSTICE_DASHBOARD_SECRET" ? "from-env" : null;

        Assert.Equal("from-env", OptionsParser.Parse([], environment).Options!.Secret);
        Assert.Equal("given", OptionsParser.Parse(["--secret", "given"], environment).Options!.Secret);
        Assert.Null(OptionsParser.Parse(["--secret-file", "x.secret"], environment).Options!.Secret);
    }

    [Theory]
    [InlineData("Unknown option --colour. Try --help.", "--colour", "red")]
    [InlineData("Unknown option region. Try --help.", "region")]
    [InlineData("--region needs a value.", "--region")]
    [InlineData("--secret needs a value.", "--secret", "--once")]
    [InlineData("--region must look like BG-05 (BG-01 … BG-28), not 'BG-29'.", "--region", "BG-29")]
    [InlineData("--region must look like BG-05 (BG-01 … BG-28), not 'Sofia'.", "--region", "Sofia")]
    [InlineData("--language must be bg, en or fr, not 'de'.", "--language", "de")]
    [InlineData("--gateway must be an http:// or https:// address, not 'localhost:8080'.", "--gateway", "localhost:8080")]
    [InlineData("--grpc must be an http:// or https:// address, not 'ftp://x'.", "--grpc", "ftp://x")]
    [InlineData("--once takes no value.", "--once=yes")]
    public void A_wrong_command_line_is_refused_with_what_is_wrong(string error, params string[] args)
    {
        var parsed = OptionsParser.Parse(args, NoEnvironment);

        Assert.Null(parsed.Options);
        Assert.Equal(error, parsed.Error);
    }

    [Fact]
    public async Task Help_shows_the_options_and_exit_codes_and_exits_0_without_a_secret()
    {
        var run = await Run.OfAsync(new DashboardConnections(), "--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("--secret-file PATH", run.Output, StringComparison.Ordinal);
        Assert.Contains("4 secret refused, 5 access denied, 6 unknown region.", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Errors);
    }
}
