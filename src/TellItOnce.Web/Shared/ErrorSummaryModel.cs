namespace TellItOnce.Web.Shared;

/// <summary>The GOV.UK error summary: each message links to the field it is about.</summary>
public sealed record ErrorSummaryModel(IReadOnlyDictionary<string, string[]> Errors, Func<string, string>? Anchor = null)
{
    public string AnchorFor(string field) => Anchor?.Invoke(field) ?? field;

    public string? FirstMessage(string field) => Errors.TryGetValue(field, out var messages) ? messages.FirstOrDefault() : null;
}
