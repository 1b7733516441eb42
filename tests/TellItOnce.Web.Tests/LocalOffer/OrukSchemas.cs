using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace TellItOnce.Web.Tests.LocalOffer;

/// <summary>The Open Referral UK schemas in shared/oruk, found beside the repository (../shared from the folder holding TellItOnce.slnx).</summary>
public static class OrukSchemas
{
    private static readonly ConcurrentDictionary<string, Task<JsonSchema>> Cache = new();

    public static string SharedOruk
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TellItOnce.slnx")))
            {
                directory = directory.Parent;
            }

            var root = directory ?? throw new InvalidOperationException("TellItOnce.slnx not found above " + AppContext.BaseDirectory);
            var oruk = Path.Combine(root.FullName, "..", "shared", "oruk");
            return Directory.Exists(oruk) ? Path.GetFullPath(oruk) : throw new InvalidOperationException($"shared/oruk not found at {oruk}");
        }
    }

    public static string Examples => Path.Combine(SharedOruk, "examples");

    public static Task<JsonSchema> Load(string relativePath) =>
        Cache.GetOrAdd(relativePath, p => JsonSchema.FromFileAsync(Path.Combine(SharedOruk, "schema", p)));

    /// <summary>Fails with every schema error when <paramref name="json"/> does not validate against the schema.</summary>
    public static async Task ShouldValidateAsync(JsonNode? json, string schemaPath)
    {
        var schema = await Load(schemaPath);
        var errors = schema.Validate(json?.ToJsonString() ?? "null");
        errors.ShouldBeEmpty($"{schemaPath}: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}\n{json?.ToJsonString()[..Math.Min(2000, json.ToJsonString().Length)]}");
    }

    /// <summary>Checks an ORUK Page wrapper (openapi.json components/schemas/Page) and each item against the item schema.</summary>
    public static async Task ShouldBeAPageAsync(JsonNode page, string itemSchemaPath)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var key in new[] { "total_items", "total_pages", "page_number", "size" })
        {
            page[key]!.GetValueKind().ShouldBe(System.Text.Json.JsonValueKind.Number, key);
        }

        foreach (var key in new[] { "first_page", "last_page", "empty" })
        {
            page[key]!.GetValueKind().ShouldBeOneOf(System.Text.Json.JsonValueKind.True, System.Text.Json.JsonValueKind.False);
        }

        var contents = page["contents"]!.AsArray();
        ((int)page["size"]!).ShouldBe(contents.Count);
        foreach (var item in contents)
        {
            await ShouldValidateAsync(item, itemSchemaPath);
        }
    }
}
