using NodaTime;

namespace TellItOnce.Domain.Pathway;

/// <summary>A phase transfer: when the child starts the new phase and when the plan must name the new setting by.</summary>
public sealed record PhaseTransfer(Phase Phase, LocalDate Starts, LocalDate Deadline);
