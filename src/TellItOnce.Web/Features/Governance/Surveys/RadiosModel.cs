namespace TellItOnce.Web.Features.Governance.Surveys;

/// <summary>GOV.UK radios in a fieldset; the first radio carries <see cref="Id"/> so the error summary can link to it.</summary>
public sealed record RadiosModel(string Id, string Name, string Legend, string? Hint, string? Value, string? Error, IReadOnlyList<(string Value, string Text)> Options, bool Inline = false);
