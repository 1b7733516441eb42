using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TellItOnce.Web.Features.Documents;

/// <summary>Where uploaded files are kept, outside the web root. Configured under "Documents".</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>The folder of the file-system store; relative paths are under the app's content root.</summary>
    public string Folder { get; set; } = Path.Combine("App_Data", "documents");

    /// <summary>The largest file accepted, in bytes (10 MB unless configured).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}

/// <summary>Keeps the bytes of documents under keys the app generates. The database holds everything else about them.</summary>
public interface IDocumentStore
{
    Task SaveAsync(string key, ReadOnlyMemory<byte> content, CancellationToken ct);

    /// <summary>The stored bytes, or null when nothing is stored under the key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}

/// <summary>
/// A folder on disk, two levels deep by the key's first characters. Keys are 32 lower-case hex digits, checked, so no
/// key can name a path outside the folder.
/// </summary>
public sealed partial class FileSystemDocumentStore(IOptions<DocumentOptions> options, IWebHostEnvironment environment) : IDocumentStore
{
    private readonly string _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Folder));

    /// <summary>A new key for a document's bytes.</summary>
    public static string NewKey() => Guid.NewGuid().ToString("N");

    public async Task SaveAsync(string key, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await file.WriteAsync(content, ct);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        if (!KeyPattern().IsMatch(key))
        {
            throw new ArgumentException("A document key is 32 lower-case hex digits.", nameof(key));
        }

        return Path.Combine(_root, key[..2], key);
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();
}
