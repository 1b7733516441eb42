using NodaTime;

namespace TellItOnce.Domain.Pathway;

public static partial class StatutoryTimeline
{
    /// <summary>
    /// Advice and information for an annual review must be circulated at least 2 weeks before the meeting (reg 20(3)-(4)),
    /// so a contribution is due 2 weeks before it, counted from the day the invitations went out.
    /// </summary>
    public static Milestone ReviewContributionsDue(LocalDate invitationsSent, LocalDate reviewMeeting) =>
        Create(
            MilestoneKeys.ReviewContributions,
            "Contributions to the annual review",
            "Advice and information for the review must be sent to everyone invited at least 2 weeks before the meeting.",
            SendRegulations + "regulation 20(3) and (4)",
            invitationsSent,
            reviewMeeting.PlusWeeks(-2));
}
