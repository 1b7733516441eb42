namespace TellItOnce.Web.Shared;

/// <summary>A GOV.UK text input with its label, hint and error message (Shared/_TextField.cshtml).</summary>
public sealed record TextFieldModel(string Id, string Name, string Label, string? Hint, string? Value, string? Error, string? Width = null, string? InputMode = null, string? AutoComplete = null);

/// <summary>A GOV.UK select with an "Any" first option (Shared/_SelectField.cshtml).</summary>
public sealed record SelectFieldModel(string Id, string Name, string Label, string? Value, string? Error, IReadOnlyList<(string Value, string Text)> Options, string AnyText = "Any");

/// <summary>A GOV.UK textarea (Shared/_TextArea.cshtml).</summary>
public sealed record TextAreaModel(string Id, string Name, string Label, string? Hint, string? Value, string? Error, int Rows = 5);

/// <summary>A GOV.UK file upload (Shared/_FileUpload.cshtml). The form around it needs enctype="multipart/form-data".</summary>
public sealed record FileUploadModel(string Id, string Name, string Label, string? Hint, string? Error, string? Accept = null, bool Multiple = false);
