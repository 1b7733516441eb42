namespace TellItOnce.Web.Features.Governance;

public static class GovernanceServices
{
    /// <summary>Registers the governance capability: strategy, risks, self-assessment, surveys, voice and the board report.</summary>
    public static IServiceCollection AddGovernance(this IServiceCollection services)
    {
        services.AddScoped<GovernanceAccess>();
        services.AddScoped<Strategy.StrategyService>();
        services.AddScoped<Strategy.GovernanceSetup>();
        services.AddScoped<Risks.RiskService>();
        services.AddScoped<BoardReport.BoardReportService>();
        services.AddScoped<BoardReport.BoardReportPdf>();
        services.AddScoped<SelfAssessment.SelfAssessmentService>();
        services.AddScoped<Surveys.SurveyService>();
        services.AddScoped<Voice.VoiceService>();
        services.AddScoped<Insight.IIndicatorValueSource, Surveys.SurveyIndicatorSource>();
        services.AddScoped<IIndicatorNames, IndicatorNames>();
        return services;
    }
}
