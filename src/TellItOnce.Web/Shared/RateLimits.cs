using System.Globalization;
using System.Threading.RateLimiting;

namespace TellItOnce.Web.Shared;

/// <summary>One limit: so many requests per window from one client address.</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}

/// <summary>
/// The "RateLimits" section: limits per client address on what attackers hammer (sign-in, password reset, Local Offer
/// feedback) and on the public APIs. Rules by path live here, in one place; a refused request gets 429 with Retry-After.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public RateLimit SignIn { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    public RateLimit PasswordReset { get; set; } = new() { PermitLimit = 5, Window = TimeSpan.FromMinutes(15) };

    public RateLimit Feedback { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) };

    public RateLimit PublicApi { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };
}

public static class RateLimits
{
    public static IServiceCollection AddTellItOnceRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var (name, limit) = Classify(context.Request, limits);
                if (limit is null)
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var client = context.Connection.RemoteIpAddress?.ToString() ?? "local";
                return RateLimitPartition.GetFixedWindowLimiter($"{name}|{client}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = limit.Window,
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    /// <summary>Which limit a request counts against, if any.</summary>
    public static (string Name, RateLimit? Limit) Classify(HttpRequest request, RateLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(limits);
        var path = request.Path;
        var post = HttpMethods.IsPost(request.Method);
        return true switch
        {
            _ when post && path.StartsWithSegments("/sign-in") => (nameof(limits.SignIn), limits.SignIn),
            _ when post && (path.StartsWithSegments("/account/forgot-password") || path.StartsWithSegments("/account/reset-password")
                || path.StartsWithSegments("/account/register")) => (nameof(limits.PasswordReset), limits.PasswordReset),
            _ when post && path.StartsWithSegments("/local-offer") => (nameof(limits.Feedback), limits.Feedback),
            _ when path.StartsWithSegments("/openreferral") || path.StartsWithSegments("/api/timescales") => (nameof(limits.PublicApi), limits.PublicApi),
            _ => (string.Empty, null),
        };
    }
}
