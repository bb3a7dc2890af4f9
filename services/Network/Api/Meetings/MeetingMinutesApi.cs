using System.Security.Cryptography;
using Justice.Api.Files;
using Justice.Network.Domain.Meetings;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Meetings;

/// <summary>
/// A meeting's minutes (<c>/meetings/{id}/minutes</c>): a PDF or DOCX file, its type decided from its content, uploaded
/// and removed by whoever keeps the meeting and downloaded by whoever may read it.
/// </summary>
public static class MeetingMinutesApi
{
    /// <summary>The largest minutes' file: 10 MiB.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public static readonly FileUploadRules Upload =
        new([FileTypes.Pdf, FileTypes.Docx], MaxFileBytes, WorkingMeeting.MaxFileNameLength);

    public static RouteGroupBuilder MapMeetingMinutesApi(this IEndpointRouteBuilder meetings)
    {
        var minutes = meetings.MapGroup("/{id:guid}/minutes");
        minutes.MapPut("/", Put)
            .WithName("PutMeetingMinutes")
            .WithSummary("Uploads or replaces the meeting's minutes: a PDF or DOCX file of up to 10 MiB.")
            .WithDescription(Upload.Describe())
            .WithMaxBodyBytes(Upload.MaxBodyBytes)
            // A bearer token, not a cookie, authorises the upload: there is no cross-site form to guard against.
            .DisableAntiforgery()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        // Declaring no content type, it ranks after the one above and takes any other body, or none.
        minutes.MapPut("/", RefuseBody)
            .WithName("PutMeetingMinutesOtherBody")
            .ExcludeFromDescription();
        minutes.MapGet("/", Download)
            .WithName("DownloadMeetingMinutes")
            .WithSummary("The minutes' file as uploaded, as an attachment.")
            .ProducesFile(Upload.Allowed)
            .ProducesProblem(StatusCodes.Status404NotFound);
        minutes.MapDelete("/", Delete)
            .WithName("DeleteMeetingMinutes")
            .WithSummary("Removes the meeting's minutes.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return minutes;
    }

    public static async Task<Results<Created<MinutesView>, Ok<MinutesView>, ProblemHttpResult>> Put(
        Guid id, IFormFile? file, HttpContext http, [AsParameters] MeetingServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "meeting-minutes-upload", manage: true, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var (upload, problem) = await FileUpload.ReadAsync(http.Request.Form, file, Upload, cancellationToken);
        if (upload is null)
        {
            return problem!;
        }
        var meeting = found.Value;
        var isNew = !meeting.HasMinutes;
        meeting.MinutesFileName = upload.FileName;
        meeting.MinutesContentType = upload.Type.ContentType;
        meeting.MinutesSize = upload.Bytes.LongLength;
        meeting.MinutesSha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Bytes));
        meeting.MinutesUploadedAt = services.Clock.GetUtcNow();
        meeting.MinutesUploadedBy = http.User.Actor();
        // The old bytes are replaced by key, never loaded.
        var content = new MeetingMinutesFile { MeetingId = id, Bytes = upload.Bytes };
        services.Db.Entry(content).State = isNew ? EntityState.Added : EntityState.Modified;
        if (await services.SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }
        await services.Audit.RecordAsync(http, "meeting-minutes-upload", $"meeting/{id}", "done");
        var view = MinutesView.From(meeting)!;
        return isNew ? TypedResults.Created(view.File, view) : TypedResults.Ok(view);
    }

    public static ProblemHttpResult RefuseBody() =>
        Problems.UnsupportedMediaType($"Send the minutes as multipart/form-data, in one part named \"{FileUpload.FileField}\".");

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Download(
        Guid id, HttpContext http, [AsParameters] MeetingServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "meeting-minutes-read", manage: false, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var meeting = found.Value;
        if (!meeting.HasMinutes)
        {
            return MinutesNotFound();
        }
        var tag = FileDownloads.Prepare(http, meeting.MinutesSha256!, out var notModified);
        if (notModified)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified); // without loading the bytes
        }
        var bytes = await services.Db.MeetingMinutes.AsNoTracking().Where(f => f.MeetingId == id).Select(f => f.Bytes)
            .SingleAsync(cancellationToken);
        // A file name makes it an attachment: a browser saves it rather than showing it.
        return TypedResults.File(bytes, meeting.MinutesContentType, meeting.MinutesFileName, lastModified: meeting.MinutesUploadedAt,
            entityTag: tag);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, HttpContext http, [AsParameters] MeetingServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "meeting-minutes-delete", manage: true, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var meeting = found.Value;
        if (!meeting.HasMinutes)
        {
            return MinutesNotFound();
        }
        meeting.MinutesFileName = null;
        meeting.MinutesContentType = null;
        meeting.MinutesSize = null;
        meeting.MinutesSha256 = null;
        meeting.MinutesUploadedAt = null;
        meeting.MinutesUploadedBy = null;
        services.Db.Entry(new MeetingMinutesFile { MeetingId = id, Bytes = [] }).State = EntityState.Deleted;
        if (await services.SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }
        await services.Audit.RecordAsync(http, "meeting-minutes-delete", $"meeting/{id}", "done");
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult MinutesNotFound() =>
        Problems.NotFound("Minutes not found", "No minutes have been uploaded for this meeting.");
}
