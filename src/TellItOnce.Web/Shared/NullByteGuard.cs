namespace TellItOnce.Web.Shared;

/// <summary>
/// Refuses (400) a query string or a plain form that carries a null character. No person types one; PostgreSQL cannot
/// store or compare one in text, so without this it reached the database as an error, and ASP.NET Core's form reader
/// throws on one (the fuzz suite found both).
/// </summary>
public static class NullByteGuard
{
    public static IApplicationBuilder UseNullByteGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (await CarriesNullAsync(context.Request, context.RequestAborted))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await next();
        });

    private static async Task<bool> CarriesNullAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return HasNull(request.Query.SelectMany(q => q.Value)) || (request.HasFormContentType
                && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
                && HasNull((await request.ReadFormAsync(ct)).SelectMany(f => f.Value)));
        }
        catch (InvalidDataException)
        {
            return true;
        }
    }

    private static bool HasNull(IEnumerable<string?> values) => values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true);
}
