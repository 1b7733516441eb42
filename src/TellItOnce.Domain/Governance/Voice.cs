using NodaTime;

namespace TellItOnce.Domain.Governance;

public enum FeedbackSource
{
    Survey,
    LocalOffer,
    ParentCarerForum,
    YoungPeoplesGroup,
    Event,
    Other,
}

public enum VoiceState
{
    /// <summary>Logged, not yet answered.</summary>
    Logged,

    /// <summary>Answered ("we did") but not on the public page.</summary>
    Answered,

    Published,
}

/// <summary>
/// Something families or young people told the partnership, from any source, grouped under a theme and answered: the
/// area's "You said, we did". Local Offer service feedback keeps its own moderated record and appears beside these.
/// </summary>
public sealed class VoiceFeedback
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public FeedbackSource Source { get; set; }

    /// <summary>The group it is filed under, for example "Communication while waiting".</summary>
    public string Theme { get; set; } = string.Empty;

    public string YouSaid { get; set; } = string.Empty;

    public string? WeDid { get; set; }

    public LocalDate ReceivedOn { get; set; }

    public LocalDate? AnsweredOn { get; set; }

    public VoiceState State { get; set; }

    /// <summary>The survey it came from, when it did.</summary>
    public Guid? SurveyId { get; set; }
}

public enum CoProductionKind
{
    Meeting,
    Workshop,
    Event,
    Consultation,
}

/// <summary>A meeting or event with the parent carer forum or young people's groups: who came, and what changed because of it.</summary>
public sealed class CoProductionEvent
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public string Title { get; set; } = string.Empty;

    public CoProductionKind Kind { get; set; }

    public LocalDate HeldOn { get; set; }

    /// <summary>The groups and people who took part ("Northshire Parent Carer Forum (6), SAYS young people's group (4)").</summary>
    public string Attendees { get; set; } = string.Empty;

    public string WhatChanged { get; set; } = string.Empty;

    public Guid? SubGroupId { get; set; }
}

/// <summary>The board report's commentary for one period: written by programme managers, read back by every rendering of that period.</summary>
public sealed class BoardReportCommentary
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public LocalDate PeriodStart { get; set; }

    public LocalDate PeriodEnd { get; set; }

    public string Text { get; set; } = string.Empty;
}

/// <summary>The bi-monthly Performance, Improvement and Assurance report's periods: January-February, March-April, and so on.</summary>
public static class BoardPeriods
{
    public static (LocalDate Start, LocalDate End) Containing(LocalDate date)
    {
        var startMonth = date.Month % 2 == 1 ? date.Month : date.Month - 1;
        var start = new LocalDate(date.Year, startMonth, 1);
        return (start, start.PlusMonths(2).PlusDays(-1));
    }

    /// <summary>The last complete period before <paramref name="today"/>'s.</summary>
    public static (LocalDate Start, LocalDate End) Previous(LocalDate today) => Containing(Containing(today).Start.PlusDays(-1));

    public static IReadOnlyList<(LocalDate Start, LocalDate End)> Recent(LocalDate today, int count)
    {
        var list = new List<(LocalDate, LocalDate)>();
        var period = Previous(today);
        for (var i = 0; i < count; i++)
        {
            list.Add(period);
            period = Containing(period.Start.PlusDays(-1));
        }

        return list;
    }
}
