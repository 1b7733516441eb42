using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Account;

/// <summary>What the account pages share: the error summary, and links sent by email.</summary>
public abstract class AccountPage : PageModel
{
    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    protected PageResult Show(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = new ErrorSummaryModel(errors.ToDictionary());
        ViewData["HasErrors"] = errors.Any;
        return Page();
    }

    protected PageResult Problem(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return Show(errors);
    }

    /// <summary>An absolute link for an email: the configured public address, never a Host header an attacker chose.</summary>
    protected string LinkTo(AccountOptions options, string path, Guid userId, string token)
    {
        ArgumentNullException.ThrowIfNull(options);
        var origin = string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? $"{Request.Scheme}://{Request.Host}" : options.PublicBaseUrl.TrimEnd('/');
        return $"{origin}{path}?user={userId}&code={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";
    }

    protected static string? DecodeToken(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
