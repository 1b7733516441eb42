namespace TellItOnce.Web.Features.Timescales;

/// <summary>A GOV.UK date input: Id anchors the error summary link (Id-day is the first box).</summary>
public sealed record DateInputModel(string Id, string Name, string Legend, string Hint, DateParts Value, string? Error);
