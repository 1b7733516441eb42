using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases.AfterThePlan;

/// <summary>What a step reads, whether it came from a GOV.UK form or a JSON body: the same rules and messages for both.</summary>
public interface IStepInput
{
    string? Text(string name);

    LocalDate? Date(string name, string label, FieldErrors errors, bool required = true);
}

/// <summary>A posted form: dates come as three boxes (name.Day, name.Month, name.Year).</summary>
public sealed class FormStepInput(IFormCollection form) : IStepInput
{
    public string? Text(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;

    public LocalDate? Date(string name, string label, FieldErrors errors, bool required = true) =>
        Dates.FromParts(Text(name + ".Day"), Text(name + ".Month"), Text(name + ".Year"), name, label, errors, required);

    public DateParts Parts(string name) => new() { Day = Text(name + ".Day"), Month = Text(name + ".Month"), Year = Text(name + ".Year") };
}

/// <summary>A JSON body: dates are ISO strings, choices their names, yes/no true or false.</summary>
public sealed class JsonStepInput(JsonObject? body) : IStepInput
{
    public string? Text(string name) => body?[name]?.ToString();

    public LocalDate? Date(string name, string label, FieldErrors errors, bool required = true) =>
        Dates.ParseIso(Text(name), name, label, errors, required);
}

public static class StepInputReading
{
    public static TEnum? Choice<TEnum>(this IStepInput input, string name, string message, FieldErrors errors)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var text = input.Text(name);
        if (Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        errors.Add(name, message);
        return null;
    }

    public static bool? YesNo(this IStepInput input, string name, string message, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        switch (input.Text(name)?.Trim().ToLowerInvariant())
        {
            case "yes" or "true":
                return true;
            case "no" or "false":
                return false;
            default:
                errors.Add(name, message);
                return null;
        }
    }

    /// <summary>An amount in pounds, optional; "£1,200.50" is read as 1200.50.</summary>
    public static decimal? Money(this IStepInput input, string name, string label, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var text = input.Text(name)?.Replace("£", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0 && amount < 10_000_000)
        {
            return decimal.Round(amount, 2);
        }

        errors.Add(name, $"{label} must be an amount in pounds, like 1200 or 1200.50");
        return null;
    }

    public static Guid? Id(this IStepInput input, string name, string message, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        if (Guid.TryParse(input.Text(name), out var id))
        {
            return id;
        }

        errors.Add(name, message);
        return null;
    }
}
