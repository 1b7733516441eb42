using System.CommandLine;

namespace TellItOnce.Web.Cli;

/// <summary>
/// One command of the command line, such as <c>migrate</c> or <c>export sen2</c>. Features register theirs with
/// <see cref="CliServiceCollectionExtensions.AddCliCommand{T}"/>; <see cref="CommandLineHost"/> builds the tree from
/// every registration, so two features can both add commands under <c>export</c> without touching each other.
/// </summary>
public interface ICliCommand
{
    /// <summary>The words that invoke it, for example <c>["export", "sen2"]</c>.</summary>
    IReadOnlyList<string> Path { get; }

    /// <summary>The command's description, options and action. Its name is replaced by the last word of <see cref="Path"/>.</summary>
    Command Build(IServiceProvider services);
}

public static class CliServiceCollectionExtensions
{
    public static IServiceCollection AddCliCommand<T>(this IServiceCollection services)
        where T : class, ICliCommand => services.AddSingleton<ICliCommand, T>();
}
