using NodaTime;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Domain.Cases;

/// <summary>A deadline of a case beside the date it was met, if it was.</summary>
public sealed record DueAndDone(Milestone Milestone, LocalDate? DoneOn);

public static partial class CaseDeadlines
{
    /// <summary>
    /// The next annual review of a plan in force: 12 months from its issue or last review, or, for a plan transferred in
    /// and not yet reviewed here, the later of that and 3 months from the transfer (reg 15).
    /// </summary>
    public static Milestone? ReviewDue(EhcCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var from = c.LastReviewOn ?? c.FinalIssuedOn;
        if (from is not { } f)
        {
            return null;
        }

        return c.TransferredOn is { } transferred && c.TransferredIn && !(c.LastReviewOn > transferred)
            ? StatutoryTimeline.TransferredPlanReviewDue(transferred, f)
            : StatutoryTimeline.AnnualReviewDue(f);
    }

    /// <summary>Deadlines from ceasing, transfers, mediation, tribunal orders and complaints, each with the date it was met.</summary>
    public static IReadOnlyList<DueAndDone> AfterThePlan(EhcCase c, BankHolidays holidays)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(holidays);
        var rows = new List<DueAndDone>();
        if (c.CeasingTakesEffect() is { } ceases)
        {
            rows.Add(new(ceases, c.CeasedOn));
        }

        if (c.MoveLearnedOn is { } learned && c.MovedOn is { } moved && !c.TransferredIn)
        {
            rows.Add(new(StatutoryTimeline.TransferOutDue(learned, moved, holidays), c.TransferredOn));
        }

        if (c.TransferredIn && c.TransferredOn is { } transferred)
        {
            rows.Add(new(StatutoryTimeline.TransferDecisionDue(transferred), c.TransferDecisionOn));
        }

        foreach (var m in c.Mediations.OrderBy(m => m.AdviserContactedOn))
        {
            if (m.WantsMediation)
            {
                rows.Add(new(StatutoryTimeline.MediationHeldBy(m.AdviserContactedOn), m.HeldOn));
            }

            if (m.CertificateDue(holidays) is { } certificate)
            {
                rows.Add(new(certificate, m.CertificateIssuedOn));
            }

            if (m.CertificateIssuedOn is { } issued)
            {
                var appeal = c.Appeals.Where(a => a.Subject == m.Subject && a.DecisionNotifiedOn == m.DecisionNotifiedOn).Select(a => (LocalDate?)a.RegisteredOn).FirstOrDefault();
                rows.Add(new(StatutoryTimeline.TribunalAppealDeadline(m.DecisionNotifiedOn, issued), appeal));
            }
        }

        foreach (var a in c.Appeals.Where(a => a.DecidedOn is not null && a.Order is not null).OrderBy(a => a.DecidedOn))
        {
            rows.AddRange(StatutoryTimeline.TribunalOrderDue(a.Order!.Value, a.DecidedOn!.Value).Select(m => new DueAndDone(m, a.OrderCompletedOn)));
        }

        rows.AddRange(c.Complaints.OrderBy(k => k.ReceivedOn).Select(k => new DueAndDone(k.ResponseDue(holidays), k.RespondedOn)));
        return rows;
    }

    /// <summary>The case's next deadline of any kind: the pathway's, or the soonest outstanding one after the plan.</summary>
    public static NextDeadline? NextOfAll(EhcCase c, LocalDate today, BankHolidays holidays)
    {
        var pathway = Next(c, today);
        var other = AfterThePlan(c, holidays).Where(r => r.DoneOn is null).Select(r => r.Milestone).MinBy(m => m.Due);
        return other is null || (pathway is not null && pathway.Milestone.Due <= other.Due) ? pathway : For(other, today);
    }
}
