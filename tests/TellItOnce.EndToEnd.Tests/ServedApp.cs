using TellItOnce.Data;
using TellItOnce.Testing;

[assembly: AssemblyFixture(typeof(TellItOnce.EndToEnd.Tests.ServedApp))]

// Each browser test class is its own collection with its own Chromium, and the classes run side by side against the
// one served app: most of a browser test's time is spent waiting on the browser, so two cores can keep several busy.
[assembly: Xunit.v3.Parallelization(MaxThreads = 4)]

namespace TellItOnce.EndToEnd.Tests;

/// <summary>
/// The real app on SQLite (demo area, fake clock) served by Kestrel on a free port of 127.0.0.1, so a real browser can
/// reach it. One for the whole run, shared by every browser test class.
/// </summary>
public sealed class ServedApp : TellItOnceApp
{
    public ServedApp()
        : base(DatabaseProvider.Sqlite) => UseKestrel(0);

    /// <summary>Where Kestrel listens, read back after it bound port 0.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>The browser journeys read the emails the outbox worker writes to <see cref="TellItOnceApp.MailFolder"/>.</summary>
    protected override bool RunsOutboxWorker => true;

    public override ValueTask InitializeAsync() => Chromium.Missing ? ValueTask.CompletedTask : base.InitializeAsync();
}
