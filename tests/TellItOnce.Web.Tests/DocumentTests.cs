using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Documents;
using TellItOnce.Domain.People;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>Documents on a case: only accepted types and sizes go in, under a generated name, and come out only to people who may see the case.</summary>
public abstract class DocumentTests(TellItOnceApp app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid caseId, string fileName, byte[] bytes, string title = "Speech and language report")
    {
        var form = await client.GetFormAsync($"/cases/{caseId}/documents/new");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Token), "__RequestVerificationToken" },
            { new StringContent(title), "Title" },
            { new StringContent(nameof(DocumentKind.Report)), "Kind" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "Upload", fileName);
        return await client.PostAsync($"/cases/{caseId}/documents/new", content);
    }

    private Task<List<Document>> DocumentsAsync(Guid caseId) =>
        app.WithDbAsync(db => db.Documents.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync());

    private int StoredFileCount() =>
        Directory.Exists(app.DocumentsFolder) ? Directory.GetFiles(app.DocumentsFolder, "*", SearchOption.AllDirectories).Length : 0;

    private static async Task<string?> ErrorFor(HttpResponseMessage response, string field)
    {
        var document = await response.ToDocumentAsync();
        document.QuerySelector($".govuk-error-summary a[href='#{field}']").ShouldNotBeNull($"The error summary links to #{field}");
        return document.QuerySelector($"#{field}-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim();
    }

    [Fact]
    public async Task A_caseworker_uploads_a_PDF_and_anyone_who_may_see_the_case_downloads_the_exact_bytes()
    {
        var (caseId, childId, _) = await TestRecords.AssessingCaseAsync(app);
        var caseworker = await app.SignedInAsync(DemoUsers.Caseworker);

        var response = await UploadAsync(caseworker, caseId, "SALT report.pdf", Pdf);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = (await DocumentsAsync(caseId)).ShouldHaveSingleItem();
        stored.FileName.ShouldBe("SALT report.pdf");
        stored.ContentType.ShouldBe("application/pdf");
        stored.Size.ShouldBe(Pdf.Length);
        stored.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)));
        stored.ChildId.ShouldBe(childId);
        var page = await caseworker.GetDocumentAsync($"/cases/{caseId}");
        page.QuerySelector($"#documents-table tr[data-document='{stored.Id}'] a")!.TextContent.ShouldContain("Speech and language report");

        var download = await caseworker.GetAsync($"/cases/{caseId}/documents/{stored.Id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);

        // The family of the child may see the case, so may download its documents.
        var parentEmail = $"family-{Guid.NewGuid():N}@northshire.example";
        var parentId = await app.CreateUserAsync(parentEmail, Role.Parent);
        await app.WithDbAsync(db =>
        {
            db.FamilyLinks.Add(new Domain.Children.FamilyLink { Id = Guid.CreateVersion7(), ChildId = childId, UserId = parentId, Relationship = Domain.Children.FamilyRelationship.Parent });
            return db.SaveChangesAsync();
        });
        var parentDownload = await (await app.SignedInAsync(parentEmail)).GetAsync($"/cases/{caseId}/documents/{stored.Id}");
        (await parentDownload.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
    }

    [Fact]
    public async Task Nobody_outside_the_case_can_download_its_documents()
    {
        var (caseId, _, _) = await TestRecords.AssessingCaseAsync(app);
        (await UploadAsync(await app.SignedInAsync(DemoUsers.Caseworker), caseId, "report.pdf", Pdf)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = (await DocumentsAsync(caseId)).Single().Id;
        var url = $"/cases/{caseId}/documents/{id}";

        var otherArea = await app.SignedInAsync(await TestRecords.OtherAreaUserAsync(app, Role.Caseworker));
        (await otherArea.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync(DemoUsers.Parent)).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync(DemoUsers.Health)).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Browser().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Nor add to it: the other area's caseworker does not find the case.
        (await otherArea.GetAsync($"/cases/{caseId}/documents/new")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_program_renamed_as_a_PDF_is_refused()
    {
        var (caseId, _, _) = await TestRecords.AssessingCaseAsync(app);
        byte[] exe = [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. "This program cannot be run in DOS mode"u8];

        var response = await UploadAsync(await app.SignedInAsync(DemoUsers.Caseworker), caseId, "report.pdf", exe);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ErrorFor(response, "file")).ShouldBe("The selected file must be a PDF, Word document (DOCX), PNG, JPEG or plain text file");
        (await DocumentsAsync(caseId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_PDF_named_as_a_picture_and_a_file_over_the_limit_are_refused()
    {
        var (caseId, _, _) = await TestRecords.AssessingCaseAsync(app);
        var caseworker = await app.SignedInAsync(DemoUsers.Caseworker);
        var oversize = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(oversize, 0);
        var storedBefore = StoredFileCount();

        (await ErrorFor(await UploadAsync(caseworker, caseId, "report.png", Pdf), "file")).ShouldStartWith("The selected file must be a PDF");
        (await ErrorFor(await UploadAsync(caseworker, caseId, "big.pdf", oversize), "file")).ShouldBe("The selected file must be smaller than 10MB");
        (await DocumentsAsync(caseId)).ShouldBeEmpty();
        StoredFileCount().ShouldBe(storedBefore, "Nothing refused reaches the store");
    }

    [Fact]
    public async Task A_file_name_with_folders_in_it_is_kept_as_its_last_part_and_stored_under_a_generated_key()
    {
        var (caseId, _, _) = await TestRecords.AssessingCaseAsync(app);

        var response = await UploadAsync(await app.SignedInAsync(DemoUsers.Caseworker), caseId, "..\\..\\windows/../../etc/evil:name.pdf", Pdf, title: "Named with folders");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = (await DocumentsAsync(caseId)).ShouldHaveSingleItem();
        stored.FileName.ShouldBe("evil_name.pdf");
        stored.StorageKey.ShouldMatch("^[0-9a-f]{32}$");
        var files = Directory.GetFiles(app.DocumentsFolder, "*", SearchOption.AllDirectories);
        files.ShouldContain(Path.Combine(app.DocumentsFolder, stored.StorageKey[..2], stored.StorageKey));
        files.ShouldNotContain(f => f.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Advice_received_with_documents_keeps_them_on_the_advice_request()
    {
        var (caseId, _, adviceId) = await TestRecords.AssessingCaseAsync(app);
        var caseworker = await app.SignedInAsync(DemoUsers.Caseworker);
        var url = $"/cases/{caseId}/advice/{adviceId}/received";
        var form = await caseworker.GetFormAsync(url);
        var text = Encoding.UTF8.GetBytes("Summary of needs: Zoë finds busy rooms hard.\n");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Token), "__RequestVerificationToken" },
            { new StringContent(form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!), "Version" },
            { new StringContent("20"), "ReceivedOn.Day" },
            { new StringContent("2"), "ReceivedOn.Month" },
            { new StringContent("2026"), "ReceivedOn.Year" },
            { new StringContent("See the attached report."), "AdviceText" },
            { new ByteArrayContent(Pdf), "Files", "ep-advice.pdf" },
            { new ByteArrayContent(text), "Files", "summary.txt" },
        };

        var response = await caseworker.PostAsync(url, content);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var documents = await DocumentsAsync(caseId);
        documents.Select(d => (d.FileName, d.ContentType, d.Kind, d.AdviceRequestId)).ShouldBe(
            [("ep-advice.pdf", "application/pdf", DocumentKind.Advice, adviceId), ("summary.txt", "text/plain", DocumentKind.Advice, adviceId)], ignoreOrder: true);
        var advice = await app.WithDbAsync(db => db.AdviceRequests.AsNoTracking().SingleAsync(a => a.Id == adviceId));
        advice.ReceivedOn.ShouldBe(new NodaTime.LocalDate(2026, 2, 20));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DocumentsOnSqlite(SqliteApp app) : DocumentTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DocumentsOnPostgres : DocumentTests
{
    public DocumentsOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
