namespace Justice.Network.Referrals;

/// <summary>What referrals add to the service besides their endpoints: their settings, and the job that finds the overdue.</summary>
public static class ReferralsModule
{
    public static IHostApplicationBuilder AddReferrals(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReferralOptions>().BindConfiguration(ReferralOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<OverdueReferralReporter>();
        builder.Services.AddHostedService<OverdueReferralJob>();
        return builder;
    }
}
