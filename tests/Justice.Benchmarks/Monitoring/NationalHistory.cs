using System.Buffers.Binary;
using System.Globalization;
using Npgsql;

namespace Justice.Benchmarks.Monitoring;

/// <summary>
/// A national-scale history of the programme, as Monitoring's read model would hold it after 36 months in the 28
/// judicial regions: <see cref="Cases"/> cooperation cases and everything else in proportion to them (victims assessed,
/// assessments and their special measures, referrals, conferences, feedback), with thousands of practitioners
/// registered and trained, decision makers, supervision, one team per region, public events and publications. Every
/// case counts in its region and month; regions differ in size and activity grows month by month. The same seed
/// gives the same history, row for row.
/// </summary>
public sealed class NationalHistory(int cases = NationalHistory.Cases, int seed = 20_260_101)
{
    public const int Cases = 1_000_000;
    public const int Months = 36;
    public static readonly DateOnly FirstMonth = new(2024, 1, 1);

    private static readonly string[] AgeGroups = ["child", "adult"];
    private static readonly double[] AgeGroupWeights = [0.6, 0.4];
    private static readonly string[] Outcomes = ["support-completed", "proceedings-ended", "transferred", "victim-declined", "other"];
    private static readonly double[] OutcomeWeights = [0.5, 0.25, 0.1, 0.1, 0.05];
    private static readonly string[] SpecialMeasures =
    [
        "adapted-premises", "trained-interviewer", "same-interviewer", "same-sex-interviewer", "no-visual-contact", "heard-remotely",
        "no-private-life-questions", "closed-hearing", "audiovisual-recording", "special-representative", "own-legal-representation",
    ];
    private static readonly string[] SupportNeeds =
    [
        "information-advice", "referral-specialist", "emotional-psychological", "financial-practical", "risk-advice", "shelter",
        "trauma-support", "medical", "legal-aid", "interpretation",
    ];
    private static readonly string[] Professions =
    [
        "judge", "prosecutor", "police-officer", "social-worker", "psychologist", "paediatrician", "general-practitioner",
        "forensic-doctor", "municipal-official", "lawyer",
    ];
    private static readonly string[] Bodies = ["MJ", "MI", "MH", "MLSP", "SACP", "ASA", "SPOC"];
    private static readonly string[] ConferenceKinds = ["planning", "review"];
    private static readonly string[] EventKinds = ["press-conference", "round-table", "conference", "seminar"];
    private static readonly string[] PublicationKinds = ["article", "press-release", "publication"];

    private static readonly long IdEpochMilliseconds = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private readonly Random _random = new(seed);
    private long _ids;
    private readonly string[] _regions = [.. Enumerable.Range(1, 28).Select(n => string.Create(CultureInfo.InvariantCulture, $"BG-{n:00}"))];
    private double[] _regionWeights = [];
    private readonly double[] _monthWeights = [.. Enumerable.Range(0, Months).Select(month => 1 + month / 12.0)];

    public static DateOnly LastMonth => FirstMonth.AddMonths(Months - 1);

    /// <summary>Writes the history into the read model of <paramref name="connection"/>'s database (Monitoring's, migrated).</summary>
    public ImportSummary WriteTo(NpgsqlConnection connection, DateTimeOffset updatedAt)
    {
        // Sofia-city-sized regions down to small ones.
        _regionWeights = [.. _regions.Select(_ => 0.3 + 3 * Math.Pow(_random.NextDouble(), 3))];
        using var import = new ReadModelImport(connection);
        WriteCases(import);
        WritePractitioners(import, registered: 12_000, trainedShare: 0.75);
        WriteDecisionMakers(import, count: 400);
        WriteTerritorialWork(import);
        return import.Complete(updatedAt);
    }

    /// <summary>Each case, opened for a victim, most closed, many assessed, with their measures, referrals and conferences.</summary>
    private void WriteCases(ReadModelImport import)
    {
        for (var i = 0; i < cases; i++)
        {
            var region = _regions[Pick(_regionWeights)];
            var month = Pick(_monthWeights);
            var ageGroup = AgeGroups[Pick(AgeGroupWeights)];
            var opened = MomentIn(month);
            var caseId = NewId();
            import.Add("cases-opened", caseId, region, opened, ageGroup);
            var closedMonth = month + 1 + _random.Next(6);
            if (_random.NextDouble() < 0.85 && closedMonth < Months)
            {
                var outcome = Outcomes[Pick(OutcomeWeights)];
                var closed = MomentIn(closedMonth);
                import.Add("cases-closed", caseId, region, closed, outcome);
                if (_random.NextDouble() < 0.76)
                {
                    import.Add("cases-effective", caseId, region, closed, outcome);
                }
            }
            if (_random.NextDouble() < 0.5)
            {
                WriteAssessments(import, region, month, ageGroup);
            }
            if (_random.NextDouble() < 0.5)
            {
                var referralId = NewId();
                var issued = MomentIn(month);
                import.Add("referrals-issued", referralId, region, issued, SupportNeeds[_random.Next(SupportNeeds.Length)]);
                if (_random.NextDouble() < 0.05)
                {
                    import.Add("referrals-overdue", referralId, region, issued.AddDays(14), "");
                }
            }
            if (_random.NextDouble() < 0.3)
            {
                import.Add("case-conferences", NewId(), region, MomentIn(month), ConferenceKinds[_random.Next(2)]);
            }
            if (_random.NextDouble() < 0.1)
            {
                import.Add("feedback-received", NewId(), region, MomentIn(Math.Min(month + 1, Months - 1)), ageGroup);
            }
        }
    }

    /// <summary>The victim's first assessment, sometimes a second version, and the special measures applied after each.</summary>
    private void WriteAssessments(ReadModelImport import, string region, int month, string ageGroup)
    {
        var assessed = MomentIn(month);
        import.Add("victims-assessed", NewId(), region, assessed, ageGroup);
        var versions = _random.NextDouble() < 0.2 ? 2 : 1;
        for (var version = 0; version < versions; version++)
        {
            var completed = version == 0 ? assessed : MomentIn(Math.Min(month + 2, Months - 1));
            var assessmentVersion = NewId();
            import.Add("assessments-completed", assessmentVersion, region, completed, ageGroup);
            if (_random.NextDouble() < 0.1)
            {
                import.Add("assessments-completed-late", assessmentVersion, region, completed, ageGroup);
            }
            // Measures (mostly for children) decided by the competent authority, each code once per version.
            var first = _random.Next(SpecialMeasures.Length);
            var measures = ageGroup == "child" ? _random.Next(3) : _random.Next(2);
            for (var m = 0; m < measures; m++)
            {
                import.Add("measures-applied", NewId(), region, completed.AddDays(3),
                    SpecialMeasures[(first + 3 * m) % SpecialMeasures.Length]);
            }
        }
    }

    /// <summary>Practitioners registered; most trained once or twice, counted as trained from their first certificate.</summary>
    private void WritePractitioners(ReadModelImport import, int registered, double trainedShare)
    {
        for (var i = 0; i < registered; i++)
        {
            var region = _regions[Pick(_regionWeights)];
            var profession = Professions[_random.Next(Professions.Length)];
            var month = _random.Next(Months);
            var practitionerId = NewId();
            import.Add("practitioners-registered", practitionerId, region, MomentIn(month), profession);
            if (_random.NextDouble() >= trainedShare || month + 1 >= Months)
            {
                continue;
            }
            var trainedMonth = month + 1 + _random.Next(Months - month - 1);
            var firstCertificate = MomentIn(trainedMonth);
            import.Add("certificates", NewId(), region, firstCertificate, profession, ownerId: practitionerId);
            import.Add("practitioners-trained", practitionerId, region, firstCertificate, profession);
            if (_random.NextDouble() < 0.3 && trainedMonth + 1 < Months)
            {
                import.Add("certificates", NewId(), region, MomentIn(trainedMonth + 1 + _random.Next(Months - trainedMonth - 1)), profession,
                    ownerId: practitionerId);
            }
        }
    }

    /// <summary>Decision makers of the national bodies: no region.</summary>
    private void WriteDecisionMakers(ReadModelImport import, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var holderId = NewId();
            var trained = MomentIn(_random.Next(Months));
            var body = Bodies[_random.Next(Bodies.Length)];
            import.Add("decision-maker-certificates", NewId(), "", trained, body, ownerId: holderId);
            import.Add("decision-makers-trained", holderId, "", trained, body);
        }
    }

    /// <summary>Each region's team, monthly supervision, public events with their participants, and national publications.</summary>
    private void WriteTerritorialWork(ReadModelImport import)
    {
        foreach (var region in _regions)
        {
            import.Add("teams-formed", NewId(), region, MomentIn(_random.Next(6)), "");
            for (var month = 0; month < Months; month++)
            {
                for (var session = _random.Next(1, 5); session > 0; session--)
                {
                    import.Add("supervision-sessions", NewId(), region, MomentIn(month), "");
                }
                for (var held = _random.Next(4); held > 0; held--)
                {
                    var eventId = NewId();
                    var kind = EventKinds[_random.Next(EventKinds.Length)];
                    var at = MomentIn(month);
                    import.Add("public-events", eventId, region, at, kind);
                    import.Add("event-participants", eventId, region, at, kind, weight: _random.Next(10, 300));
                }
            }
        }
        for (var i = 0; i < 20 * Months; i++)
        {
            import.Add("publications", NewId(), "", MomentIn(_random.Next(Months)), PublicationKinds[_random.Next(PublicationKinds.Length)]);
        }
    }

    /// <summary>A working-day moment of the month (UTC, well inside the month in Sofia's time too).</summary>
    private DateTimeOffset MomentIn(int month)
    {
        var day = FirstMonth.AddMonths(month).AddDays(_random.Next(27));
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(7 + _random.Next(9), _random.Next(60))), TimeSpan.Zero);
    }

    /// <summary>
    /// Time-ordered like the services' own ids (UUID version 7): a millisecond clock that ticks once per id, then seeded
    /// random bits. As in a real history, each new subject's key lands at the end of its kind's index, not at a random page.
    /// </summary>
    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        BinaryPrimitives.WriteInt64BigEndian(bytes, ((IdEpochMilliseconds + _ids++) << 16) | (uint)(((bytes[6] & 0x0f) << 8) | bytes[7] | 0x7000));
        bytes[8] = (byte)((bytes[8] & 0x3f) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private int Pick(double[] weights)
    {
        var point = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length - 1; i++)
        {
            point -= weights[i];
            if (point < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }
}
