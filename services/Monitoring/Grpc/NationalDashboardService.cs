using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Justice.Api;
using Justice.Contracts;
using Justice.Monitoring.Data;
using Justice.Monitoring.Domain;
using Justice.Monitoring.ReadModel;
using Justice.Monitoring.V1;
using Justice.Security;

namespace Justice.Monitoring.Grpc;

/// <summary>
/// <c>justice.monitoring.v1.NationalDashboard</c>: the indicators for national dashboards, answered from the counts in
/// memory (<see cref="LiveReadModel"/>), never from another service.
/// </summary>
public sealed class NationalDashboardService(LiveReadModel live, TimeProvider clock) : NationalDashboard.NationalDashboardBase
{
    /// <summary>National callers: national admins, evaluators, machine clients.</summary>
    public static readonly string[] Callers = [Roles.NationalAdmin, Roles.Evaluator, Roles.Service];

    /// <summary>How often a stream with nothing to say sends an empty update.</summary>
    public static readonly TimeSpan Keepalive = TimeSpan.FromSeconds(5);

    public override Task<IndicatorSet> GetIndicators(GetIndicatorsRequest request, ServerCallContext context) =>
        Task.FromResult(ToMessage(IndicatorQueries.National(live.Current), request.Language));

    public override Task<IndicatorSet> GetRegion(GetRegionRequest request, ServerCallContext context) =>
        Task.FromResult(ToMessage(IndicatorQueries.Region(live.Current, KnownRegion(request.RegionCode)), request.Language));

    public override Task<RegionList> ListRegions(ListRegionsRequest request, ServerCallContext context)
    {
        var list = new RegionList();
        list.Regions.AddRange(IndicatorQueries.Regions(live.Current).Select(scope => ToMessage(scope, request.Language)));
        return Task.FromResult(list);
    }

    public override Task<TimeSeries> GetTimeSeries(GetTimeSeriesRequest request, ServerCallContext context)
    {
        var definition = IndicatorCatalog.Find(request.Indicator)
            ?? throw Invalid($"indicator must be one of: {IndicatorCatalog.Codes}.");
        var (span, _, error) = MonthSpan.Read(request.From, request.To, ProgrammeMonth.Of(clock.GetUtcNow()));
        if (span is null)
        {
            throw Invalid(error!.En);
        }
        var region = request.RegionCode.Length == 0 ? "" : KnownRegion(request.RegionCode);
        if (region.Length > 0 && definition.NationalOnly)
        {
            throw Invalid($"{definition.Code} is counted nationally only.");
        }
        var counts = live.Current;
        var series = new TimeSeries
        {
            Indicator = definition.Code,
            Name = definition.Name.In(request.Language),
            RegionCode = region,
            Target = IndicatorQueries.Target(counts, definition, region),
        };
        series.Points.AddRange(IndicatorCalculator.Series(definition, counts.Scope(region), span.From, span.To)
            .Select(point => new MonthPoint { Month = ProgrammeMonth.Format(point.Month), InMonth = point.InMonth, Value = point.Value }));
        return Task.FromResult(series);
    }

    public override async Task WatchIndicators(WatchIndicatorsRequest request, IServerStreamWriter<IndicatorUpdate> responseStream,
        ServerCallContext context)
    {
        IReadOnlyList<string> scopes = request.AllRegions
            ? ["", .. JudicialRegions.All.Select(r => r.Code)]
            : ["", .. request.RegionCodes.Select(KnownRegion).Distinct(StringComparer.Ordinal)];
        var counts = live.Current;
        var sent = scopes.ToDictionary(scope => scope, scope => IndicatorQueries.Scope(counts, scope), StringComparer.Ordinal);
        var initial = new IndicatorUpdate { Initial = true };
        initial.Sets.AddRange(sent.Values.Select(scope => ToMessage(scope, request.Language)));
        await responseStream.WriteAsync(initial, context.CancellationToken);

        while (!context.CancellationToken.IsCancellationRequested)
        {
            var next = await NextOrNoneAsync(counts, context.CancellationToken);
            if (next is null)
            {
                await responseStream.WriteAsync(new IndicatorUpdate(), context.CancellationToken);
                continue;
            }
            counts = next;
            var update = new IndicatorUpdate();
            foreach (var scope in scopes)
            {
                var now = IndicatorQueries.Scope(counts, scope);
                var changed = now.Indicators.Except(sent[scope].Indicators).ToList();
                if (changed.Count > 0)
                {
                    update.Sets.Add(ToMessage(now with { Indicators = changed }, request.Language));
                    sent[scope] = now;
                }
            }
            if (update.Sets.Count > 0)
            {
                await responseStream.WriteAsync(update, context.CancellationToken);
            }
        }
    }

    /// <summary>The next counts, or null when <see cref="Keepalive"/> passed without any.</summary>
    private async Task<CountsSnapshot?> NextOrNoneAsync(CountsSnapshot seen, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(Keepalive);
        try
        {
            return await live.NextAsync(seen, wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static IndicatorSet ToMessage(ScopeIndicators scope, string language)
    {
        var set = new IndicatorSet
        {
            RegionCode = scope.RegionCode,
            Name = scope.Name.In(language),
            AsOf = Timestamp.FromDateTimeOffset(scope.AsOf),
        };
        set.Indicators.AddRange(scope.Indicators.Select(indicator => new Indicator
        {
            Code = indicator.Definition.Code,
            Name = indicator.Definition.Name.In(language),
            Value = indicator.Value,
            Target = indicator.Target,
            PercentOfTarget = indicator.PercentOfTarget,
            Unit = indicator.Definition.Unit == IndicatorUnit.Percent ? "percent" : "count",
        }));
        return set;
    }

    private static string KnownRegion(string requested)
    {
        var code = GrpcRegionArgument.WellFormed(requested, "region_code");
        return JudicialRegions.Exists(code) ? code : throw GrpcRegionArgument.NotFound(code);
    }

    private static RpcException Invalid(string detail) => new(new Status(StatusCode.InvalidArgument, detail));
}
