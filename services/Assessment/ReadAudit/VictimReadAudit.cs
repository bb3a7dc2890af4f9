using Justice.Audit;
using Npgsql;

namespace Justice.Assessment.ReadAudit;

/// <summary>
/// Records every read of a victim's personal fields (one row in the hash-chained read log) before it is served.
/// The assessments API calls it too when it shows an assessment with personal data. When the row cannot be written
/// the read must be refused (503): this answers false rather than throwing.
/// </summary>
public sealed partial class VictimReadAudit(PersonalDataReadLog log, ILogger<VictimReadAudit> logger)
{
    public const string Served = "served";
    public const string ServedBreakTheGlass = "served-break-the-glass";
    public const string NotFound = "not-found";

    /// <summary>The read log's subject for a victim (an id only, never a name).</summary>
    public static string Subject(Guid? victimId) => victimId is { } id ? $"victim/{id}" : "victim/none";

    /// <summary>Writes the row; false if it could not be written (and the read must not be served).</summary>
    public async Task<bool> TryRecordAsync(HttpContext http, Guid? victimId, AccessPurpose purpose, string outcome)
    {
        try
        {
            await log.RecordAsync(http, Subject(victimId), purpose.Value, outcome);
            return true;
        }
        catch (NpgsqlException exception)
        {
            LogUnwritable(logger, exception);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A read of personal data was refused: its audit row could not be written")]
    private static partial void LogUnwritable(ILogger logger, Exception exception);
}
