using TellItOnce.Data.Insight;
using TellItOnce.Domain.Insight;

namespace TellItOnce.Web.Features.Insight;

/// <summary>Checks an imported framework against the measure catalogue and the field limits.</summary>
public static class FrameworkValidation
{
    /// <summary>Checks the document against the catalogue and the field limits, naming each problem in plain English.</summary>
    public static IReadOnlyList<string> Problems(this FrameworkDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(document.Name) || document.Name.Length > 200)
        {
            problems.Add("The framework needs a name of up to 200 characters.");
        }

        if (document.Statements is not { Count: > 0 })
        {
            problems.Add("The framework needs at least one outcome statement.");
            return problems;
        }

        foreach (var (statement, i) in document.Statements.Select((s, i) => (s, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(statement.Text) || statement.Text.Length > 500)
            {
                problems.Add($"Outcome {i} needs its statement, of up to 500 characters.");
            }

            foreach (var (indicator, j) in (statement.Indicators ?? []).Select((x, j) => (x, j + 1)))
            {
                var where = $"Outcome {i}, indicator {j}";
                if (string.IsNullOrWhiteSpace(indicator.Title) || indicator.Title.Length > 500)
                {
                    problems.Add($"{where} needs a title of up to 500 characters.");
                }

                if (indicator.Source == IndicatorSource.Measure && MeasureCatalogue.Find(indicator.Measure) is null)
                {
                    problems.Add($"{where} is computed but names no measure of the dashboard (\"{indicator.Measure}\").");
                }

                if (indicator.Source == IndicatorSource.Linked && string.IsNullOrWhiteSpace(indicator.LinkedSource))
                {
                    problems.Add($"{where} is linked but does not say to what (linkedSource).");
                }

                if (indicator.AgeGroup is { } age && !MeasureCatalogue.AgeGroups.Contains(age))
                {
                    problems.Add($"{where} has an age group that is not one of {string.Join(", ", MeasureCatalogue.AgeGroups)}.");
                }

                if (indicator.Need is { } need && !Enum.TryParse<Domain.Children.NeedType>(need, out _))
                {
                    problems.Add($"{where} has a need code that is not a SEN2 need type (\"{need}\").");
                }

                foreach (var period in indicator.Periods ?? [])
                {
                    if (!Quarter.TryParse(period.Period, out _))
                    {
                        problems.Add($"{where} has a period \"{period.Period}\" that is not a quarter such as 2026-Q1.");
                    }
                }
            }
        }

        return problems;
    }
}
