using TellItOnce.Domain.Governance;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance;

/// <summary>The checks governance forms share: required text with a length limit, an optional evidence link, a 1-5 score.</summary>
public static class Input
{
    public static string Text(string? value, string field, string label, int max, FieldErrors errors, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = value?.Trim() ?? string.Empty;
        if (required && text.Length == 0)
        {
            errors.Add(field, $"Enter {label}");
        }
        else if (text.Length > max)
        {
            errors.Add(field, $"{char.ToUpperInvariant(label[0])}{label[1..]} must be {max} characters or fewer");
        }

        return text;
    }

    /// <summary>An evidence link from a title and an address: both or neither.</summary>
    public static EvidenceLink? Evidence(string? title, string? url, string titleField, string urlField, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var t = title?.Trim() ?? string.Empty;
        var u = url?.Trim() ?? string.Empty;
        if (t.Length == 0 && u.Length == 0)
        {
            return null;
        }

        if (t.Length == 0)
        {
            errors.Add(titleField, "Enter a title for the evidence");
        }

        if (u.Length == 0 || u.Length > 500 || !EvidenceLink.IsSafeUrl(u))
        {
            errors.Add(urlField, "Enter the evidence's address, starting with https:// or /");
        }

        return errors.Has(titleField) || errors.Has(urlField) ? null : new EvidenceLink(t.Length > 200 ? t[..200] : t, u);
    }

    public static int Score(string? value, string field, string label, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score) && RiskScore.InRange(score))
        {
            return score;
        }

        errors.Add(field, $"Select the {label}, from 1 to 5");
        return 0;
    }

    public static T? Choice<T>(string? value, string field, string message, FieldErrors errors)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        errors.Add(field, message);
        return null;
    }

    public static IReadOnlyList<(string Value, string Text)> Options<T>(Func<T, string> text)
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(v => (v.ToString(), text(v)))];
}
