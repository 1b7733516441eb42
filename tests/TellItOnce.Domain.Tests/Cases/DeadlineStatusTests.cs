using TellItOnce.Domain.Cases;

namespace TellItOnce.Domain.Tests.Cases;

public sealed class DeadlineStatusTests
{
    [Theory]
    [InlineData(-1, DeadlineStatus.Overdue)]
    [InlineData(0, DeadlineStatus.DueSoon)]
    [InlineData(14, DeadlineStatus.DueSoon)]
    [InlineData(15, DeadlineStatus.OnTrack)]
    public void A_deadline_is_overdue_after_its_day_and_due_soon_within_14_days(int daysLeft, DeadlineStatus expected) =>
        CaseDeadlines.StatusOf(daysLeft).ShouldBe(expected);

    [Fact]
    public void A_longer_window_can_be_asked_for() =>
        CaseDeadlines.StatusOf(30, dueSoonDays: 30).ShouldBe(DeadlineStatus.DueSoon);
}
