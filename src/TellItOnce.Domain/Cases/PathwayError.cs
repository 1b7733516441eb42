namespace TellItOnce.Domain.Cases;

/// <summary>Why a step on the pathway was refused, against the field the person should correct.</summary>
public sealed record PathwayError(string Field, string Message);
