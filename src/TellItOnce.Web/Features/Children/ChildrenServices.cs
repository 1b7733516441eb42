namespace TellItOnce.Web.Features.Children;

/// <summary>A GOV.UK radios group (Features/Children/_Radios.cshtml); the first option's id is the error summary's anchor.</summary>
public sealed record RadiosModel(string Id, string Name, string Legend, string? Hint, string? Value, string? Error, IReadOnlyList<(string Value, string Text)> Options);

/// <summary>A single GOV.UK checkbox (Features/Children/_Checkbox.cshtml).</summary>
public sealed record CheckboxModel(string Id, string Name, string Label, string? Hint, bool Checked, string? Error = null);

public static class ChildrenServiceCollectionExtensions
{
    public static IServiceCollection AddChildRecords(this IServiceCollection services) => services.AddScoped<ChildRecordService>();
}

/// <summary>The communication needs and contacts of a child's record, shown on the record and on each case page.</summary>
public sealed record ContactsSummaryModel(TellItOnce.Domain.Children.Child Child, IReadOnlyList<TellItOnce.Domain.Children.ChildContact> Contacts);
