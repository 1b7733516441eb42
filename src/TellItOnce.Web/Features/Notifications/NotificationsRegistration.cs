using Microsoft.Extensions.Options;

namespace TellItOnce.Web.Features.Notifications;

public static class NotificationsRegistration
{
    /// <summary>Notifications: the notifier, the outbox worker and the email sender the configuration chooses.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));
        services.AddScoped<Notifier>();
        services.AddScoped<ReminderScanner>();
        services.AddScoped<NotificationQueries>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<PickupFolderEmailSender>();
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<IOptions<NotificationOptions>>().Value.Delivery == MailDelivery.Smtp
            ? sp.GetRequiredService<SmtpEmailSender>()
            : sp.GetRequiredService<PickupFolderEmailSender>());
        services.AddSingleton<OutboxProcessor>();
        if (configuration.GetValue($"{NotificationOptions.Section}:{nameof(NotificationOptions.RunWorker)}", true))
        {
            services.AddHostedService<OutboxWorker>();
        }

        return services;
    }
}
