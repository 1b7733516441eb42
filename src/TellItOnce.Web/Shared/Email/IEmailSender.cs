using System.Collections.Concurrent;

namespace TellItOnce.Web.Shared.Email;

/// <summary>One email to one person. Bodies are plain text; they never go to the logs.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends email. The default writes each message to a file (App_Data/mail) for the demo; a deployment registers a real sender.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Writes each message as a text file in a folder: the demo's "inbox".</summary>
public sealed class FileDropEmailSender(string folder, ILogger<FileDropEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(folder);
        var id = Guid.CreateVersion7();
        await File.WriteAllTextAsync(Path.Combine(folder, $"{id:N}.txt"), $"To: {message.To}\nSubject: {message.Subject}\n\n{message.Body}\n", cancellationToken);
        logger.LogInformation("Email {EmailId} written to the mail folder", id);
    }
}

/// <summary>Keeps messages in memory, for tests.</summary>
public sealed class InMemoryEmailSender : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> _sent = new();

    public IReadOnlyList<EmailMessage> Sent => [.. _sent];

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }
}

public static class EmailServiceCollectionExtensions
{
    /// <summary>Registers the file-drop sender unless another <see cref="IEmailSender"/> is already registered.</summary>
    public static IServiceCollection TryAddEmailSender(this IServiceCollection services, string contentRoot)
    {
        if (!services.Any(d => d.ServiceType == typeof(IEmailSender)))
        {
            services.AddSingleton<IEmailSender>(sp => new FileDropEmailSender(Path.Combine(contentRoot, "App_Data", "mail"), sp.GetRequiredService<ILogger<FileDropEmailSender>>()));
        }

        return services;
    }
}
