using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace TellItOnce.Web.Features.Notifications;

/// <summary>Sends emails; a session carries one connection over a batch of messages.</summary>
public interface IEmailSender
{
    Task<IEmailSession> OpenAsync(CancellationToken ct);
}

public interface IEmailSession : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>Sends through an SMTP server with MailKit, one connection per batch.</summary>
public sealed class SmtpEmailSender(IOptions<NotificationOptions> options) : IEmailSender
{
    public async Task<IEmailSession> OpenAsync(CancellationToken ct)
    {
        var o = options.Value;
        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(o.SmtpHost, o.SmtpPort, o.SmtpUseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(o.SmtpUserName))
            {
                await client.AuthenticateAsync(o.SmtpUserName, o.SmtpPassword ?? string.Empty, ct);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return new Session(client);
    }

    private sealed class Session(SmtpClient client) : IEmailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken ct) => await client.SendAsync(message, ct);

        public async ValueTask DisposeAsync()
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true);
            }

            client.Dispose();
        }
    }
}

/// <summary>
/// Writes each email as an .eml file (open it in any mail program, or read it as text) named by the message's id, so a
/// retried message overwrites its own file rather than appearing twice. The demo's default delivery.
/// </summary>
public sealed class PickupFolderEmailSender(IOptions<NotificationOptions> options, IHostEnvironment environment) : IEmailSender
{
    public string Directory => System.IO.Path.IsPathRooted(options.Value.PickupDirectory)
        ? options.Value.PickupDirectory
        : System.IO.Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory);

    public Task<IEmailSession> OpenAsync(CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Task.FromResult<IEmailSession>(new Session(Directory));
    }

    private sealed class Session(string directory) : IEmailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            var name = (message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0].Trim('<');
            var final = System.IO.Path.Combine(directory, $"{name}.eml");
            var temporary = final + ".tmp";
            await message.WriteToAsync(temporary, ct);
            File.Move(temporary, final, overwrite: true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
