using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace TellItOnce.Web.Features.Documents;

/// <summary>A file that passed the checks: a safe name, the type its bytes show, the bytes and their SHA-256.</summary>
public sealed record CheckedFile(string FileName, string ContentType, byte[] Bytes, string Sha256);

/// <summary>
/// The checks every upload passes: within the size limit, one of the accepted types judged by the first bytes (a renamed
/// program is not a PDF), an extension that agrees with those bytes, and a file name with no folders or odd characters.
/// </summary>
public static class UploadedFiles
{
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    public const string TypesText = "a PDF, Word document (DOCX), PNG, JPEG or plain text file";

    private static readonly Dictionary<string, string> TypeOfExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".txt"] = "text/plain",
    };

    /// <summary>The value of a file input's accept attribute: the extensions accepted.</summary>
    public static string Accept => string.Join(",", TypeOfExtension.Keys);

    /// <summary>Reads and checks one uploaded file: the checked file, or the message to show against its field.</summary>
    public static async Task<(CheckedFile? File, string? Error)> CheckAsync(string? fileName, Stream content, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var limit = $"{maxBytes / (1024 * 1024)}MB";
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return (null, $"The selected file must be smaller than {limit}");
            }
        }

        if (buffer.Length == 0)
        {
            return (null, "The selected file is empty");
        }

        var bytes = buffer.ToArray();
        var name = SafeName(fileName ?? string.Empty);
        var sniffed = Sniff(bytes);
        if (sniffed is null || !TypeOfExtension.TryGetValue(Path.GetExtension(name), out var claimed) || claimed != sniffed)
        {
            return (null, $"The selected file must be {TypesText}");
        }

        return (new CheckedFile(name, sniffed, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes))), null);
    }

    /// <summary>
    /// The last part of the name only (either slash counts as a folder separator), letters, digits and a few
    /// punctuation marks kept, everything else replaced, no leading dots, at most 100 characters keeping the extension.
    /// </summary>
    public static string SafeName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var last = fileName.Replace('\\', '/').Split('/').LastOrDefault(p => p.Length > 0) ?? string.Empty;
        var kept = new StringBuilder(last.Length);
        foreach (var ch in last.Normalize(NormalizationForm.FormC))
        {
            kept.Append(char.IsLetterOrDigit(ch) || ch is ' ' or '.' or '-' or '_' or '(' or ')' ? ch : '_');
        }

        var name = kept.ToString().Trim().TrimStart('.').Trim();
        while (name.Contains("..", StringComparison.Ordinal))
        {
            name = name.Replace("..", ".", StringComparison.Ordinal);
        }

        var extension = Path.GetExtension(name);
        var stem = Path.GetFileNameWithoutExtension(name).Trim();
        if (stem.Length == 0)
        {
            stem = "document";
        }

        if (extension.Length > 10)
        {
            extension = string.Empty;
        }

        return stem[..Math.Min(stem.Length, 100 - extension.Length)] + extension.ToLowerInvariant();
    }

    /// <summary>The media type the first bytes show, or null for anything not accepted.</summary>
    public static string? Sniff(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ReadOnlySpan<byte> head = bytes;
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.StartsWith(Png))
        {
            return "image/png";
        }

        if (head.StartsWith(Jpeg))
        {
            return "image/jpeg";
        }

        if (head.StartsWith("PK\x03\x04"u8))
        {
            return IsWordDocument(bytes) ? TypeOfExtension[".docx"] : null;
        }

        return IsPlainText(bytes) ? "text/plain" : null;
    }

    // A DOCX is a zip with a content-types part and a main document part. Only the directory is read, nothing unpacked.
    private static bool IsWordDocument(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    // Strict UTF-8 with no control characters other than tab, line feed, carriage return and form feed.
    private static bool IsPlainText(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return !text.Any(ch => char.IsControl(ch) && ch is not ('\t' or '\n' or '\r' or '\f'));
    }
}
