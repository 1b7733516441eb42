namespace TellItOnce.Web.Features.Notifications;

public enum MailDelivery
{
    /// <summary>Write each email as an .eml file in <see cref="NotificationOptions.PickupDirectory"/> (the demo default).</summary>
    Pickup,

    /// <summary>Send through an SMTP server with MailKit.</summary>
    Smtp,
}

/// <summary>The "Notifications" configuration section.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The address links in emails start with.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    public string From { get; set; } = "TellItOnce <no-reply@tellitonce.example>";

    public MailDelivery Delivery { get; set; } = MailDelivery.Pickup;

    /// <summary>Relative to the app's content root unless rooted. Default: App_Data/mail.</summary>
    public string PickupDirectory { get; set; } = Path.Combine("App_Data", "mail");

    public string SmtpHost { get; set; } = "localhost";

    public int SmtpPort { get; set; } = 25;

    public bool SmtpUseTls { get; set; }

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>Run the background worker in this process. Tests drive the processor themselves.</summary>
    public bool RunWorker { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan ReminderScanInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a claimed message is held by one worker; another may retry it after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public int BatchSize { get; set; } = 50;

    /// <summary>The first retry waits this long, then twice as long each time.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After this many failed attempts a message is marked failed and no longer tried.</summary>
    public int MaxAttempts { get; set; } = 6;
}
