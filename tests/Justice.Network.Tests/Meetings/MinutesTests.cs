using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Meetings;

/// <summary>
/// A meeting's minutes: a PDF or a DOCX, its type decided from its content as Training decides its materials'; kept
/// apart from the meeting's row, downloaded as an attachment, replaced and removed. Anything else is refused and
/// nothing is stored.
/// </summary>
public sealed class MinutesTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    [Fact]
    public async Task A_PDF_is_taken_downloaded_as_an_attachment_revalidated_by_its_hash_and_replaced_by_a_DOCX()
    {
        var admin = await host.CreateAdminClientAsync();
        var meeting = await MeetingAsync(admin);

        using var uploaded = await Meetings.UploadAsync(admin, meeting, "C:\\Протоколи\\протокол 20.11.pdf", SampleFiles.Pdf());
        var minutes = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        using var download = await admin.GetAsync($"/api/network/meetings/{meeting}/minutes");
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/network/meetings/{meeting}/minutes");
        again.Headers.IfNoneMatch.Add(download.Headers.ETag!);
        using var notModified = await admin.SendAsync(again);
        var docxBytes = SampleFiles.Docx();
        using var replaced = await Meetings.UploadAsync(admin, meeting, "протокол.docx", docxBytes);
        using var docx = await admin.GetAsync($"/api/network/meetings/{meeting}/minutes");
        var view = await admin.GetFromJsonAsync<JsonElement>($"/api/network/meetings/{meeting}");

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal($"/api/network/meetings/{meeting}/minutes", uploaded.Headers.Location?.ToString());
        Assert.Equal("протокол 20.11.pdf", minutes.GetProperty("fileName").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(SampleFiles.Pdf())), minutes.GetProperty("sha256").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(SampleFiles.Pdf(), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("протокол 20.11.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(docxBytes, await docx.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("протокол.docx", view.GetProperty("minutes").GetProperty("fileName").GetString());
        Assert.Equal(1L, await FilesOfAsync(meeting));
    }

    [Fact]
    public async Task Removed_minutes_are_gone_with_their_bytes_and_a_deleted_meeting_takes_its_minutes_along()
    {
        var admin = await host.CreateAdminClientAsync();
        var meeting = await MeetingAsync(admin);
        var other = await MeetingAsync(admin);
        await Meetings.UploadPdfAsync(admin, meeting);
        await Meetings.UploadPdfAsync(admin, other);

        using var removed = await admin.DeleteAsync($"/api/network/meetings/{meeting}/minutes");
        using var download = await admin.GetAsync($"/api/network/meetings/{meeting}/minutes");
        using var removedAgain = await admin.DeleteAsync($"/api/network/meetings/{meeting}/minutes");
        using var deleted = await admin.DeleteAsync($"/api/network/meetings/{other}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0L, await FilesOfAsync(meeting));
        Assert.Equal(0L, await FilesOfAsync(other));
    }

    [Theory]
    [InlineData("setup.pdf", "exe")]
    [InlineData("archive.docx", "zip")]
    [InlineData("page.pdf", "html")]
    [InlineData("page.docx", "html")]
    [InlineData("macro.docx", "docm")]
    [InlineData("slides.docx", "pptx")]
    [InlineData("slides.pptx", "pptx")]
    [InlineData("film.mp4", "mp4")]
    [InlineData("minutes.docx", "pdf")]
    [InlineData("notes.txt", "text")]
    [InlineData("minutes.html", "html")]
    public async Task A_file_that_is_no_PDF_or_DOCX_or_not_what_its_name_says_is_refused_with_415_and_nothing_is_stored(
        string fileName, string content)
    {
        var admin = await host.CreateAdminClientAsync();
        var meeting = await MeetingAsync(admin);
        var bytes = content switch
        {
            "exe" => SampleFiles.Exe(),
            "zip" => SampleFiles.Zip(),
            "html" => SampleFiles.Html(),
            "docm" => SampleFiles.Docm(),
            "pptx" => SampleFiles.Pptx(),
            "mp4" => SampleFiles.Mp4(),
            "text" => SampleFiles.Text(),
            _ => SampleFiles.Pdf(),
        };

        using var response = await Meetings.UploadAsync(admin, meeting, fileName, bytes);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _), problem.ToString());
        Assert.Equal(0L, await FilesOfAsync(meeting));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>(
            $"select count(*) from working_meetings where id = '{meeting}' and minutes_sha256 is not null"));
    }

    [Fact]
    public async Task An_upload_must_be_one_file_in_a_part_named_file_and_of_10_MiB_at_most()
    {
        var admin = await host.CreateAdminClientAsync();
        var meeting = await MeetingAsync(admin);
        var path = $"/api/network/meetings/{meeting}/minutes";
        var twoFiles = Meetings.File("a.pdf", SampleFiles.Pdf());
        twoFiles.Add(new ByteArrayContent(SampleFiles.Pdf()), "file", "b.pdf");
        var extraField = Meetings.File("a.pdf", SampleFiles.Pdf());
        extraField.Add(new StringContent("поверително"), "note");
        var tooLarge = new byte[(10 * 1024 * 1024) + 1];
        SampleFiles.Pdf().CopyTo(tooLarge, 0);

        using var none = await admin.PutAsync(path, new MultipartFormDataContent { { new StringContent("x"), "note" } });
        using var two = await admin.PutAsync(path, twoFiles);
        using var extra = await admin.PutAsync(path, extraField);
        using var wrongName = await admin.PutAsync(path, Meetings.File("a.pdf", SampleFiles.Pdf(), "document"));
        using var empty = await Meetings.UploadAsync(admin, meeting, "a.pdf", []);
        using var json = await admin.PutAsync(path, new StringContent("{}", Encoding.UTF8, "application/json"));
        using var large = await Meetings.UploadAsync(admin, meeting, "a.pdf", tooLarge);
        using var nowhere = await Meetings.UploadAsync(admin, Guid.NewGuid(), "a.pdf", SampleFiles.Pdf());

        await Problem.AssertFieldsAsync(none, "file", "note");
        await Problem.AssertFieldsAsync(two, "file");
        await Problem.AssertFieldsAsync(extra, "note");
        await Problem.AssertFieldsAsync(wrongName, "file", "document");
        await Problem.AssertFieldsAsync(empty, "file");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nowhere.StatusCode);
        Assert.Equal(0L, await FilesOfAsync(meeting));
    }

    private async Task<Guid> MeetingAsync(HttpClient admin) =>
        await Meetings.CreateAsync(admin, await NetworkRows.TeamAsync(host, "BG-27"), null);

    private Task<long> FilesOfAsync(Guid meeting) =>
        host.Database.ScalarAsync<long>($"select count(*) from meeting_minutes_files where meeting_id = '{meeting}'");
}
