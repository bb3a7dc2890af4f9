using Justice.Api;
using Justice.Assessment.Data;
using Justice.Assessment.Victims;
using Justice.Audit;
using Justice.Contracts;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Api.Victims;

/// <summary>
/// Victims: registered and managed by the practitioners and coordinators of their judicial region and by national
/// admins. Lists are pseudonymous; every answer with personal fields is written to the read log first.
/// </summary>
public static partial class VictimsApi
{
    public static RouteGroupBuilder MapVictimsApi(this IEndpointRouteBuilder api)
    {
        var victims = api.MapGroup("/victims").WithTags("Victims")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Practitioner));

        victims.MapPost("/", Register)
            .WithName("RegisterVictim")
            .WithSummary("Registers a victim in a judicial region; the personal fields are stored encrypted.");
        victims.MapGet("/", List)
            .WithName("ListVictims")
            .WithSummary("Victims of the caller's region (all, for national admins), newest first, without personal data.");
        victims.MapGet("/{id:guid}", VictimReads.Get)
            .WithName("GetVictim")
            .WithSummary("One victim's record with personal fields, for a stated purpose (recorded in the read log).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        victims.MapPost("/lookup", VictimReads.Lookup)
            .WithName("LookupVictimByNationalId")
            .WithSummary("Finds a victim by national id (ЕГН, in the body), for a stated purpose (recorded in the read log).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        victims.MapPut("/{id:guid}", Update)
            .WithName("UpdateVictim")
            .WithSummary("Replaces a victim's fields (all but the region).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        victims.MapBreakGlassApi();
        return victims;
    }

    public static async Task<Results<Created<VictimView>, ProblemHttpResult>> Register(
        RegisterVictimRequest request, HttpContext http, [AsParameters] VictimServices services, CancellationToken cancellationToken)
    {
        var regionCode = JudicialRegionCode.Normalize(request.RegionCode);
        if (!http.User.HasRole(Roles.NationalAdmin) && http.User.RegionCode() != regionCode)
        {
            await services.Audit.RecordAsync(http, "victim-register", regionCode, "refused");
            return Problems.Forbidden(ReaderLanguage.Pick(
                "Можете да регистрирате жертви само от своя съдебен район.",
                "You may register victims of your own judicial region only.",
                "Vous ne pouvez enregistrer que les victimes de votre propre région judiciaire."));
        }
        var now = services.Clock.GetUtcNow();
        var data = request.Personal.ToData();
        var victim = new Victim
        {
            Id = Victim.NewId(),
            RegionCode = regionCode,
            AgeGroup = VictimCodes.AgeGroupOf(data.DateOfBirth, request.AgeGroup, ProgrammeTime.Day(now)),
            Sex = request.Sex,
            PreferredLanguage = request.PreferredLanguage,
            RegisteredAt = now,
            UpdatedAt = now,
        };
        victim.Seal(data, services.Protector);
        services.Db.Victims.Add(victim);
        await services.Db.SaveChangesAsync(cancellationToken);
        LogRegistered(services.Logger, victim.Id, victim.RegionCode, victim.AgeGroup);
        return TypedResults.Created($"/api/assessment/victims/{victim.Id}", VictimView.From(victim));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Update(
        Guid id, UpdateVictimRequest request, HttpContext http, [AsParameters] VictimServices services, CancellationToken cancellationToken)
    {
        var victim = await services.Db.Victims.SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (victim is null || !http.MaySee(victim))
        {
            if (victim is not null)
            {
                await VictimAccess.RefuseAsync(http, services, "victim-update", id);
            }
            return NotFound();
        }
        var data = request.Personal.ToData();
        var now = services.Clock.GetUtcNow();
        victim.AgeGroup = VictimCodes.AgeGroupOf(data.DateOfBirth, request.AgeGroup, ProgrammeTime.Day(now));
        victim.Sex = request.Sex;
        victim.PreferredLanguage = request.PreferredLanguage;
        victim.UpdatedAt = now;
        victim.Seal(data, services.Protector);
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict(ReaderLanguage.Pick(
                "Записът на жертвата междувременно се промени; прочетете го отново и повторете промяната.",
                "The victim's record changed meanwhile; read it again and repeat the change.",
                "Le dossier de la victime a changé entre-temps ; relisez-le et refaites la modification."));
        }
        LogUpdated(services.Logger, victim.Id);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<PagedList<VictimView>>> List(
        [AsParameters] PageQuery page, AssessmentDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var query = db.Victims.AsNoTracking();
        if (!http.User.HasRole(Roles.NationalAdmin))
        {
            var own = http.User.RegionCode();
            query = query.Where(v => v.RegionCode == own);
        }
        var victims = await query.OrderByDescending(v => v.RegisteredAt).ThenBy(v => v.Id).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(victims.Select(VictimView.From));
    }

    internal static ProblemHttpResult NotFound() =>
        Problems.NotFound(ReaderLanguage.Pick("Няма такава жертва", "Victim not found", "Victime introuvable"),
            ReaderLanguage.Pick("Няма жертва с този идентификатор.", "There is no victim with this id.", "Aucune victime ne porte cet identifiant."));

    [LoggerMessage(Level = LogLevel.Information, Message = "Victim {VictimId} ({AgeGroup}) registered in {RegionCode}")]
    private static partial void LogRegistered(ILogger logger, Guid victimId, string regionCode, string ageGroup);

    [LoggerMessage(Level = LogLevel.Information, Message = "Victim {VictimId} updated")]
    private static partial void LogUpdated(ILogger logger, Guid victimId);
}
