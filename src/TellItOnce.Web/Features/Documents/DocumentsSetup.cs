using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Documents;

public static class DocumentsSetup
{
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DocumentOptions>(configuration.GetSection(DocumentOptions.Section));
        services.AddSingleton<IDocumentStore, FileSystemDocumentStore>();
        services.AddScoped<DocumentAccess>();
        services.AddScoped<DocumentService>();
        return services;
    }

    /// <summary>
    /// GET /cases/{id}/documents/{documentId}: the file itself, to anyone who may see the case, always as an attachment
    /// with the type found at upload, so a browser never renders an uploaded file as a page of this site.
    /// </summary>
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cases/{id:guid}/documents/{documentId:guid}", async (Guid id, Guid documentId, DocumentService documents, CurrentUser user, HttpContext http, CancellationToken ct) =>
        {
            var download = await documents.OpenAsync(id, documentId, user, ct);
            if (download is null)
            {
                return Results.NotFound();
            }

            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(download.Content, download.Document.ContentType, download.Document.FileName);
        }).ExcludeFromDescription();
        return app;
    }
}
