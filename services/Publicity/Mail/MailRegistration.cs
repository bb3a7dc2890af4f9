namespace Justice.Publicity.Mail;

public static class MailRegistration
{
    /// <summary>The mailbox requests write to, and the sender that empties it through the relay of <see cref="MailOptions"/>.</summary>
    public static IHostApplicationBuilder AddMail(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations()
            .Validate(options => options.Server.Scheme is "smtp" or "smtps", "Publicity:Mail:Server must be smtp://host:port or smtps://host:port.")
            .ValidateOnStart();
        builder.Services.AddSingleton<MailSignal>();
        builder.Services.AddScoped<Mailbox>();
        builder.Services.AddSingleton<MailSender>();
        builder.Services.AddHostedService(services => services.GetRequiredService<MailSender>());
        return builder;
    }
}
