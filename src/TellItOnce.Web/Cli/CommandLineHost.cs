using System.CommandLine;

namespace TellItOnce.Web.Cli;

/// <summary>
/// Runs the app as a command-line tool when its first argument is a command word:
/// <c>dotnet run --project src/TellItOnce.Web -- migrate</c>. It uses the same configuration and services as the
/// web app (so the same database settings), but starts no web server and does not migrate or seed on its own.
/// </summary>
public static class CommandLineHost
{
    /// <summary>The first words of every command; anything else starts the web app.</summary>
    public static readonly IReadOnlySet<string> Verbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "migrate", "seed", "export", "import", "backup", "restore", "retention", "help", "--help", "-h", "-?",
    };

    public static bool IsCommand(IReadOnlyList<string> args) => args.Count > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var root = BuildRoot(services);
        var parsed = root.Parse(args is ["help", .. var rest] ? [.. rest, "--help"] : args);
        return await parsed.InvokeAsync(cancellationToken: cancellationToken);
    }

    public static RootCommand BuildRoot(IServiceProvider services)
    {
        var root = new RootCommand("TellItOnce command line. Uses the same settings as the web app (appsettings.json, environment variables such as Database__Provider).");
        foreach (var registered in services.GetServices<ICliCommand>().OrderBy(c => string.Join(' ', c.Path), StringComparer.Ordinal))
        {
            Command parent = root;
            foreach (var word in registered.Path.Take(registered.Path.Count - 1))
            {
                var next = parent.Subcommands.FirstOrDefault(c => c.Name == word);
                if (next is null)
                {
                    next = new Command(word, $"{word} commands");
                    parent.Subcommands.Add(next);
                }

                parent = next;
            }

            var built = registered.Build(services);
            var command = new Command(registered.Path[^1], built.Description);
            foreach (var option in built.Options)
            {
                command.Options.Add(option);
            }

            foreach (var argument in built.Arguments)
            {
                command.Arguments.Add(argument);
            }

            command.Action = built.Action;
            parent.Subcommands.Add(command);
        }

        return root;
    }
}
