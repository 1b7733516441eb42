using TellItOnce.Domain.Governance;
using TellItOnce.Domain.Insight;
using TellItOnce.Web.Features.Insight;
using TellItOnce.Web.Shared;
using TellItOnce.Web.Shared.Pdf;

namespace TellItOnce.Web.Features.Governance.BoardReport;

/// <summary>
/// The board report as an accessible, paginated PDF: tagged headings, tables with header rows, charts as figures with
/// their figures as alternative text (and again in a table), page numbers. Dated by the period's end, not the moment it
/// was made, so the same period gives the same document.
/// </summary>
public sealed class BoardReportPdf
{
    public static string FileName(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"board-report-{report.Period.Key}.pdf";
    }

    public byte[] Write(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = BoardReportText.Title(report);
        var madeAt = report.Period.End.AtMidnight().InUtc().ToInstant();
        var pdf = new AccessiblePdf(new PdfMetadata(title, report.AreaName, "Performance, Improvement and Assurance report"), madeAt)
            .Heading1(title)
            .Paragraph(BoardReportText.Introduction(report));

        pdf.Heading2("Headline figures");
        var percentages = report.Headlines.Where(h => h.Kind == MeasureKind.Percentage && h.Value is not null).ToList();
        if (percentages.Count > 0)
        {
            pdf.BarChart(
                "Bar chart of the headline percentages: " + string.Join("; ", percentages.Select(h => $"{h.Title} {h.Text}")),
                percentages.Select(h => (h.Title, (double)h.Value!.Value, h.Text)));
        }

        pdf.Table(["Measure", $"As at {Dates.Brief(report.Period.End)}", "National"], report.Headlines.Select(h => (IReadOnlyList<string>)[h.Title, h.Text, h.NationalText]), [3, 1.2, 1.2]);

        pdf.Heading2(report.FrameworkName is null ? "Outcomes scorecard" : $"Outcomes scorecard: {report.FrameworkName}");
        if (report.Scorecard.Count == 0)
        {
            pdf.Paragraph("The area has no outcomes framework in use.");
        }
        else
        {
            pdf.Table(["Outcome", "Indicator", "Latest", "Target", "Rating"],
                report.Scorecard.Select(l => (IReadOnlyList<string>)[l.Outcome, l.Indicator, l.Latest, l.Target, BoardReportText.Rating(l.Rag)]), [2.2, 2.4, 1, 1, 0.9]);
        }

        pdf.Heading2("Action plan exceptions");
        if (report.ActionExceptions.Count == 0)
        {
            pdf.Paragraph("No action was overdue or rated red.");
        }
        else
        {
            pdf.Table(["Action", "Owner", "Due", "Status", "Why it is here"],
                report.ActionExceptions.Select(a => (IReadOnlyList<string>)[a.Action.Title, a.Action.OwnerName, Dates.Brief(a.Action.DueDate), BoardReportText.Status(a.State.Status), BoardReportText.Why(a.State)]),
                [3, 1.6, 1.1, 1.1, 1.4]);
        }

        pdf.Heading2($"Risks scoring {RiskRegister.BoardThreshold} or more");
        if (report.RisksAboveThreshold.Count == 0)
        {
            pdf.Paragraph("No risk scored at or above the board's threshold.");
        }
        else
        {
            pdf.Table(["Risk", "Category", "Owner", "Residual score", "Escalated"],
                report.RisksAboveThreshold.Select(r => (IReadOnlyList<string>)[$"{r.Risk.Reference} {r.Risk.Title}", r.Risk.Category.ToString(), r.Risk.OwnerName, BoardReportText.Score(r.Position.Residual), r.Risk.Escalated ? "Yes" : "No"]),
                [3, 1.3, 1.5, 1.2, 0.9]);
        }

        pdf.Heading2("Commentary");
        var commentary = report.Scorecard.Where(l => l.Commentary is not null).ToList();
        if (commentary.Count == 0)
        {
            pdf.Paragraph("No commentary was recorded against the scorecard for this period.");
        }
        else
        {
            foreach (var line in commentary)
            {
                pdf.Heading3(line.Indicator).Paragraph(line.Commentary!);
            }
        }

        return pdf.ToArray();
    }
}

/// <summary>The words the report's page and its PDF share.</summary>
public static class BoardReportText
{
    public static string Title(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"{report.AreaName} SEND Partnership: Performance, Improvement and Assurance report, {report.Period.Name}";
    }

    public static string Introduction(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"Figures are as at {Dates.Full(report.Period.End)}, worked out from the case records, the outcomes scorecard, the action plan and the risk register as they stood that day.";
    }

    public static string Rating(RagRating rag) => rag switch
    {
        RagRating.Green => "Green",
        RagRating.Amber => "Amber",
        RagRating.Red => "Red",
        _ => "Not rated",
    };

    public static string Status(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Completed => "Completed",
        _ => "Paused",
    };

    public static string Why(ActionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return (state.Overdue, state.Rag == Domain.Governance.Rag.Red) switch
        {
            (true, true) => "Overdue and rated red",
            (true, false) => "Overdue",
            _ => "Rated red",
        };
    }

    public static string Score(RiskScore score) => $"{score.Value} ({score.Band})";
}
