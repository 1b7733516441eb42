using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Pathway;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Timescales;

/// <summary>/timescales: a family enters the dates they know and sees what should happen by when. A GET form: no JavaScript, shareable.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "received")]
    public DateParts Received { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "advice")]
    public DateParts Advice { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "draft")]
    public DateParts Draft { get; set; } = new();

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public IReadOnlyList<Milestone>? Milestones { get; private set; }

    public void OnGet()
    {
        if (Received.IsEmpty && Advice.IsEmpty && Draft.IsEmpty)
        {
            return;
        }

        var errors = new FieldErrors();
        var received = Dates.FromParts(Received.Day, Received.Month, Received.Year, TimescalesPlanner.RequestReceivedField, "the date the request was received", errors, required: true);
        var advice = Dates.FromParts(Advice.Day, Advice.Month, Advice.Year, TimescalesPlanner.AdviceRequestedField, "the date advice was requested", errors, required: false);
        var draft = Dates.FromParts(Draft.Day, Draft.Month, Draft.Year, TimescalesPlanner.DraftIssuedField, "the date the draft plan was sent", errors, required: false);
        var outcome = TimescalesPlanner.Plan(received, advice, draft, [], errors);
        if (outcome.Succeeded)
        {
            Milestones = outcome.Value;
        }
        else
        {
            Errors = new ErrorSummaryModel(outcome.Errors, field => $"{field}-day");
            ViewData["HasErrors"] = true;
        }
    }
}
