using TellItOnce.Domain.Governance;

namespace TellItOnce.Web.Features.Governance;

/// <summary>How governance values read on a page.</summary>
public static class Names
{
    public static string Of(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Completed => "Completed",
        _ => "Paused",
    };

    public static string Of(RiskTrend trend) => trend switch
    {
        RiskTrend.New => "New",
        RiskTrend.Improving => "Improving",
        RiskTrend.Worsening => "Worsening",
        _ => "Stable",
    };

    public static string Of(Judgement judgement) => judgement switch
    {
        Judgement.TypicallyPositive => "Typically positive experiences and outcomes",
        Judgement.Inconsistent => "Inconsistent experiences and outcomes",
        Judgement.SignificantConcerns => "Widespread or systemic failings",
        _ => "Not yet judged",
    };

    public static string Of(QuestionKind kind) => kind switch
    {
        QuestionKind.Choice => "Choose one option",
        QuestionKind.Scale => "Scale of 1 to 5",
        _ => "Free text",
    };

    public static string Of(FeedbackSource source) => source switch
    {
        FeedbackSource.LocalOffer => "Local Offer",
        FeedbackSource.ParentCarerForum => "Parent carer forum",
        FeedbackSource.YoungPeoplesGroup => "Young people's group",
        _ => source.ToString(),
    };

    public static string Of(ThemeChange change) => change switch
    {
        ThemeChange.Rejudged => "Judged for the first time",
        ThemeChange.Added => "New theme",
        ThemeChange.Removed => "Theme removed",
        _ => change.ToString(),
    };

    public static string Of(Rag rag) => rag.ToString();

    public static string Of(RiskCategory category) => category.ToString();

    public static string Of(CoProductionKind kind) => kind.ToString();

    public static string Of(VoiceState state) => state switch
    {
        VoiceState.Logged => "Waiting for an answer",
        VoiceState.Answered => "Answered, not published",
        _ => "Published",
    };
}
