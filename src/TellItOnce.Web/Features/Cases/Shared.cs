namespace TellItOnce.Web.Features.Cases;

/// <summary>Markup helpers shared by the case step pages.</summary>
public sealed record TextAreaModel(string Id, string Name, string Label, string? Hint, string? Value, string? Error, int Rows = 5);

public sealed record TextFieldModel(string Id, string Name, string Label, string? Hint, string? Value, string? Error, string? AutoComplete);
