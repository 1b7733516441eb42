using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime;
using NodaTime.Testing;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Notifications;
using TellItOnce.Domain.People;
using TellItOnce.Testing;
using TellItOnce.Web.Features.Notifications;

namespace TellItOnce.Web.Tests;

/// <summary>The outbox: written with the change, sent once by any number of workers, retried after a crash or a failure.</summary>
public abstract class NotificationTests(TellItOnceApp app)
{
    /// <summary>Records what it is asked to send; fails the first <paramref name="failures"/> sends.</summary>
    private sealed class RecordingSender(int failures = 0) : IEmailSender, IEmailSession
    {
        private int _failures = failures;

        public ConcurrentBag<MimeMessage> Sent { get; } = [];

        public Task<IEmailSession> OpenAsync(CancellationToken ct) => Task.FromResult<IEmailSession>(this);

        public Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            if (Interlocked.Decrement(ref _failures) >= 0)
            {
                throw new IOException("The mail server is down");
            }

            Sent.Add(message);
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private OutboxProcessor Processor(IEmailSender sender, IClock clock, NotificationOptions? options = null) =>
        new(app.Services.GetRequiredService<IServiceScopeFactory>(), sender, clock, Options.Create(options ?? new NotificationOptions { BatchSize = 10 }), NullLogger<OutboxProcessor>.Instance);

    /// <summary>Adds <paramref name="count"/> messages of a kind of their own, so a test counts only its own.</summary>
    private async Task<(string Kind, IReadOnlyList<Guid> Ids)> EnqueueAsync(int count)
    {
        var kind = $"test-{Guid.NewGuid():N}"[..20];
        var ids = await app.WithDbAsync(async db =>
        {
            var messages = Enumerable.Range(0, count).Select(i => new OutboxMessage
            {
                Id = Guid.CreateVersion7(),
                ToAddress = $"person{i}@example.org",
                Subject = $"Test {i}",
                Body = "Hello",
                Kind = kind,
                CreatedAt = TellItOnceApp.Now,
                NextAttemptAt = TellItOnceApp.Now,
            }).ToList();
            db.OutboxMessages.AddRange(messages);
            await db.SaveChangesAsync();
            return messages.Select(m => m.Id).ToList();
        });
        return (kind, ids);
    }

    private Task<List<OutboxMessage>> MessagesAsync(string kind) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Kind == kind).ToListAsync());

    private static string Id(MimeMessage m) => (m.MessageId ?? string.Empty).Split('@')[0];

    [Fact]
    public async Task A_notification_is_saved_with_its_change_and_a_failed_save_writes_no_message()
    {
        var kind = $"same-tx-{Guid.NewGuid():N}"[..20];
        var parent = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Parent).Select(u => u.Id).SingleAsync());
        async Task<bool> SaveAsync(bool breakIt)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.UseAuditContext(new SystemAuditContext(TellItOnceApp.Now, "Test"));
            await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync([parent], new Notice(kind, "Something changed", "Body", "/family"), TestContext.Current.CancellationToken);
            if (breakIt)
            {
                // The change itself fails (an area code that is already taken): nothing of it may be saved.
                db.Areas.Add(new Domain.Areas.Area { Id = Guid.CreateVersion7(), LaCode = "990", Name = "Duplicate", Slug = $"dup-{Guid.NewGuid():N}"[..20] });
            }

            try
            {
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
                return true;
            }
            catch (DbUpdateException)
            {
                return false;
            }
        }

        (await SaveAsync(breakIt: true)).ShouldBeFalse();
        (await MessagesAsync(kind)).ShouldBeEmpty();
        (await app.WithDbAsync(db => db.UserNotifications.CountAsync(n => n.UserId == parent && n.Title == "Something changed"))).ShouldBe(0);

        (await SaveAsync(breakIt: false)).ShouldBeTrue();
        (await MessagesAsync(kind)).Single().ToAddress.ShouldBe(DemoUsers.Parent);
    }

    [Fact]
    public async Task Two_workers_at_once_send_every_message_exactly_once()
    {
        var (kind, ids) = await EnqueueAsync(120);
        var sender = new RecordingSender();
        var clock = new FakeClock(TellItOnceApp.Now);
        var workers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var processor = Processor(sender, clock);
            while (await processor.ProcessBatchAsync(TestContext.Current.CancellationToken) > 0)
            {
            }
        })).ToList();
        await Task.WhenAll(workers);

        var mine = sender.Sent.Select(Id).Where(id => ids.Contains(Guid.Parse(id))).ToList();
        mine.Count.ShouldBe(ids.Count);
        mine.Distinct().Count().ShouldBe(ids.Count);
        (await MessagesAsync(kind)).ShouldAllBe(m => m.SentAt != null && m.Attempts == 1 && m.LeaseToken == null);
    }

    [Fact]
    public async Task A_message_claimed_by_a_worker_that_stopped_is_sent_by_another_after_the_lease_expires()
    {
        var (kind, ids) = await EnqueueAsync(1);
        var clock = new FakeClock(TellItOnceApp.Now);
        var options = new NotificationOptions { Lease = TimeSpan.FromMinutes(2) };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The first worker claims the message, then its process dies before sending.
            var (_, claimed) = await Processor(new RecordingSender(), clock, options).ClaimAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), TestContext.Current.CancellationToken);
            claimed.Select(m => m.Id).ShouldContain(ids[0]);
        }

        var second = new RecordingSender();
        await Processor(second, clock, options).ProcessBatchAsync(TestContext.Current.CancellationToken);
        second.Sent.Select(Id).ShouldNotContain(ids[0].ToString("N"), "the lease still holds");

        clock.Advance(Duration.FromMinutes(3));
        while (await Processor(second, clock, options).ProcessBatchAsync(TestContext.Current.CancellationToken) > 0)
        {
        }

        second.Sent.Select(Id).Count(id => id == ids[0].ToString("N")).ShouldBe(1);
        (await MessagesAsync(kind)).Single().SentAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_failing_message_is_retried_with_growing_waits_and_given_up_after_the_last_attempt()
    {
        var (kind, ids) = await EnqueueAsync(1);
        var clock = new FakeClock(TellItOnceApp.Now);
        var options = new NotificationOptions { RetryBase = TimeSpan.FromSeconds(30), MaxAttempts = 3 };
        var sender = new RecordingSender(failures: 1000);
        async Task<OutboxMessage> PassAsync()
        {
            while (await Processor(sender, clock, options).ProcessBatchAsync(TestContext.Current.CancellationToken) > 0)
            {
            }

            return (await MessagesAsync(kind)).Single();
        }

        var first = await PassAsync();
        (first.Attempts, first.NextAttemptAt, first.FailedAt).ShouldBe((1, clock.GetCurrentInstant() + Duration.FromSeconds(30), (Instant?)null));
        first.LastError.ShouldBe(nameof(IOException));

        (await PassAsync()).Attempts.ShouldBe(1, "not due again yet");
        clock.Advance(Duration.FromSeconds(30));
        var second = await PassAsync();
        (second.Attempts, second.NextAttemptAt).ShouldBe((2, clock.GetCurrentInstant() + Duration.FromSeconds(60)));

        clock.Advance(Duration.FromSeconds(60));
        var last = await PassAsync();
        last.Attempts.ShouldBe(3);
        last.FailedAt.ShouldNotBeNull("a poison message is marked failed");
        clock.Advance(Duration.FromHours(1));
        (await PassAsync()).Attempts.ShouldBe(3, "a failed message is never tried again");
        sender.Sent.Select(Id).ShouldNotContain(ids[0].ToString("N"));
    }

    [Fact]
    public async Task A_message_goes_through_a_real_SMTP_conversation_with_MailKit()
    {
        await using var server = new TinySmtpServer();
        var (kind, _) = await EnqueueAsync(3);
        var options = Options.Create(new NotificationOptions { Delivery = MailDelivery.Smtp, SmtpHost = "127.0.0.1", SmtpPort = server.Port });
        var processor = new OutboxProcessor(app.Services.GetRequiredService<IServiceScopeFactory>(), new SmtpEmailSender(options), new FakeClock(TellItOnceApp.Now), options, NullLogger<OutboxProcessor>.Instance);
        while (await processor.ProcessBatchAsync(TestContext.Current.CancellationToken) > 0)
        {
        }

        (await MessagesAsync(kind)).ShouldAllBe(m => m.SentAt != null);
        server.Messages.Count(m => m.Contains("Subject: Test 1", StringComparison.Ordinal) && m.Contains("To: person1@example.org", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task An_account_email_is_sent_at_once_through_the_same_SMTP_delivery_as_notifications()
    {
        await using var server = new TinySmtpServer();
        var options = Options.Create(new NotificationOptions { Delivery = MailDelivery.Smtp, SmtpHost = "127.0.0.1", SmtpPort = server.Port });
        var sender = new Shared.Email.DeliveryEmailSender(new SmtpEmailSender(options), options, new FakeClock(TellItOnceApp.Now));

        await sender.SendAsync(new Shared.Email.EmailMessage("new.parent@example.org", "Confirm your email address", "Open this link"), TestContext.Current.CancellationToken);

        var message = server.Messages.ShouldHaveSingleItem();
        message.ShouldContain("To: new.parent@example.org");
        message.ShouldContain("Subject: Confirm your email address");
        message.ShouldContain("Open this link");
    }

    [Fact]
    public async Task Advice_submitted_in_the_portal_is_received_on_the_case_and_the_family_is_emailed_with_the_first_name_only()
    {
        var (caseId, childId, adviceId) = await TestRecords.AssessingCaseAsync(app, givenName: "Poppy");
        var familyEmail = $"family-{Guid.NewGuid():N}@northshire.example";
        var familyId = await app.CreateUserAsync(familyEmail, Role.Parent);
        var familyName = await app.WithDbAsync(async db =>
        {
            db.FamilyLinks.Add(new FamilyLink { Id = Guid.CreateVersion7(), ChildId = childId, UserId = familyId, Relationship = FamilyRelationship.Parent });
            await db.SaveChangesAsync();
            return await db.Children.Where(c => c.Id == childId).Select(c => c.FamilyName).SingleAsync();
        });

        var ep = await app.SignedInAsync(DemoUsers.EducationalPsychologist);
        var form = await ep.GetFormAsync($"/advice/{adviceId}");
        var refused = await ep.PostAsync($"/advice/{adviceId}?handler=Submit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Needs"] = "Needs visual supports.",
            ["__RequestVerificationToken"] = form.Token,
        }));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.ToDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Describe the outcomes you recommend");

        var submitted = await ep.PostAsync($"/advice/{adviceId}?handler=Submit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Needs"] = "Needs visual supports.",
            ["Outcomes"] = "Joins group work.",
            ["Provision"] = "Daily small-group work.",
            ["__RequestVerificationToken"] = form.Token,
        }));
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var advice = await app.WithDbAsync(db => db.AdviceRequests.SingleAsync(a => a.Id == adviceId));
        advice.ReceivedOn.ShouldBe(Domain.Pathway.EnglishCalendar.DateOf(TellItOnceApp.Now));
        advice.AdviceText!.ShouldContain("Daily small-group work.");

        var pickup = new PickupFolderEmailSender(Options.Create(new NotificationOptions { PickupDirectory = app.MailFolder }), app.Services.GetRequiredService<IHostEnvironment>());
        var processor = Processor(pickup, new FakeClock(TellItOnceApp.Now));
        while (await processor.ProcessBatchAsync(TestContext.Current.CancellationToken) > 0)
        {
        }

        var emails = Directory.GetFiles(app.MailFolder, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => m.To.ToString().Contains(familyEmail, StringComparison.Ordinal)).ToList();
        var email = emails.ShouldHaveSingleItem();
        email.Subject.ShouldBe("Advice has arrived for Poppy's assessment");
        email.TextBody!.ShouldContain($"/family/cases/{caseId}");
        email.TextBody!.ShouldContain("1 of 1 pieces of advice have now arrived");
        (email.Subject + email.TextBody).ShouldNotContain(familyName);

        var family = await app.SignedInAsync(familyEmail);
        (await family.GetDocumentAsync("/notifications")).QuerySelector("main")!.TextContent.ShouldContain("Advice has arrived for Poppy's assessment");
        (await family.GetDocumentAsync($"/family/cases/{caseId}")).QuerySelector("#advice")!.TextContent.ShouldContain("Yes, 2 Mar 2026");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NotificationsOnSqlite(SqliteApp app) : NotificationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NotificationsOnPostgres : NotificationTests
{
    public NotificationsOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
