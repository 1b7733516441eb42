using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Plans;
using TellItOnce.Web.Features.Documents;
using TellItOnce.Web.Shared;
using TellItOnce.Web.Shared.Pdf;

namespace TellItOnce.Web.Features.Plans;

/// <summary>
/// A version of the EHC plan as an accessible PDF: sections A to K as headings, outcomes and provision as tables. Anyone
/// who may see the case gets the versions that were sent (draft and final); the SEND team also the one being written.
/// </summary>
public sealed class PlanPdf(AppDbContext db, DocumentAccess access, IClock clock)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The PDF and its download name, or null when the case or version is not one <paramref name="who"/> may see.</summary>
    public async Task<(byte[] Pdf, string FileName)?> RenderAsync(Guid caseId, int number, CurrentUser who, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(who);
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(k => k.Id == caseId, ct);
        if (c is null || !await access.CanSeeAsync(c, who, ct))
        {
            return null;
        }

        var plan = await db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(p => p.CaseId == caseId && p.Number == number, ct);
        var sendTeam = who.AreasWhere(Role.Caseworker, Role.Manager).Contains(c.AreaId);
        if (plan is null || (!plan.IsIssued && !sendTeam))
        {
            return null;
        }

        var child = await db.Children.AsNoTracking().SingleAsync(k => k.Id == c.ChildId, ct);
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == c.AreaId).Select(a => a.Name).SingleAsync(ct);
        return (Render(plan, child, c.Reference, area, clock.GetCurrentInstant()), $"EHC plan {c.Reference} version {plan.Number}.pdf");
    }

    public static byte[] Render(PlanVersion plan, Child child, string reference, string areaName, Instant now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(child);
        var pdf = new AccessiblePdf(new PdfMetadata($"EHC plan for {child.FullName}, version {plan.Number}", areaName, $"Education, health and care plan {reference}"), now);
        pdf.Heading1($"Education, health and care plan: {child.FullName}")
            .Paragraph($"Date of birth: {Date(child.DateOfBirth)}. Reference: {reference}. Version {plan.Number}: {Status(plan)}.")
            .Paragraph($"Issued by {areaName} under the Children and Families Act 2014, section 37.");
        foreach (var (section, heading, text) in plan.Sections())
        {
            pdf.Heading2($"{section}. {heading}");
            switch (section)
            {
                case "E" when plan.Outcomes.Count > 0:
                    pdf.Table(["Outcome", "By when"], plan.Outcomes.Select(o => (IReadOnlyList<string>)[o.Text, o.ByWhen]), [3, 1]);
                    break;
                case "F" or "G" or "H1" or "H2" when plan.Provision.Any(p => p.Section.ToString() == section):
                    pdf.Table(
                        ["What", "Who", "How often", "Cost a year", "For the outcome"],
                        plan.Provision.Where(p => p.Section.ToString() == section).Select(p => (IReadOnlyList<string>)
                        [
                            p.What, p.Who, p.HowOften,
                            p.AnnualCost is { } cost ? cost.ToString("C0", English) : "Not known",
                            plan.Outcomes.FirstOrDefault(o => o.Id == p.OutcomeId)?.Text ?? "",
                        ]),
                        [3, 2, 2, 1.3, 2.5]);
                    break;
                case "E" or "F" or "G" or "H1" or "H2":
                    pdf.Paragraph("None recorded.");
                    break;
                default:
                    Text(pdf, text);
                    break;
            }
        }

        return pdf.ToArray();
    }

    private static void Text(AccessiblePdf pdf, string text)
    {
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length == 0)
        {
            pdf.Paragraph("None recorded.");
        }

        foreach (var paragraph in paragraphs)
        {
            pdf.Paragraph(paragraph);
        }
    }

    private static string Status(PlanVersion plan) => plan.Kind switch
    {
        PlanVersionKind.Working => "being written, not yet sent",
        PlanVersionKind.Draft => $"draft plan sent {(plan.IssuedOn is { } d ? Date(d) : "")}".Trim(),
        _ => $"final plan issued {(plan.IssuedOn is { } f ? Date(f) : "")}".Trim(),
    };

    private static string Date(LocalDate date) => date.ToString("d MMMM yyyy", English);
}

public static class PlanPdfEndpoints
{
    /// <summary>GET /cases/{id}/plan/{number}/pdf: the version as an accessible PDF.</summary>
    public static IEndpointRouteBuilder MapPlanPdf(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cases/{id:guid}/plan/{number:int}/pdf", async (Guid id, int number, PlanPdf pdfs, CurrentUser user, HttpContext http, CancellationToken ct) =>
        {
            var rendered = await pdfs.RenderAsync(id, number, user, ct);
            if (rendered is not { } result)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(result.Pdf, "application/pdf", result.FileName);
        }).ExcludeFromDescription();
        return app;
    }
}
