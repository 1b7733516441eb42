using TellItOnce.Web.Features.Notifications;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals;

public static class PortalsRegistration
{
    /// <summary>The family, professional and setting portals, record-level access and notifications.</summary>
    public static IServiceCollection AddPortals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<RecordAccess>();
        services.AddScoped<FamilyPortal>();
        services.AddScoped<RequestJourney>();
        services.AddScoped<CaseMessages>();
        services.AddScoped<AdvicePortal>();
        services.AddScoped<SettingPortal>();
        services.AddScoped<ReviewHosting>();
        services.AddNotifications(configuration);
        return services;
    }
}
