using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Children;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Children;

/// <summary>/children/{id}/contacts/new and /children/{id}/contacts/{contactId}: add, change or remove a family member or someone involved.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class ContactModel(ChildRecordService records) : PageModel
{
    [FromRoute] public Guid Id { get; set; }

    [FromRoute] public Guid? ContactId { get; set; }

    public Child Child { get; private set; } = null!;

    [BindProperty] public ContactKind? Kind { get; set; }

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? Relationship { get; set; }

    [BindProperty] public string? Organisation { get; set; }

    [BindProperty] public bool ParentalResponsibility { get; set; }

    [BindProperty] public string? Phone { get; set; }

    [BindProperty] public string? Email { get; set; }

    [BindProperty] public string? Address { get; set; }

    [BindProperty] public ContactMethod? PreferredContact { get; set; }

    [BindProperty] public bool ReceivesLetters { get; set; }

    [TempData] public string? Confirmation { get; set; }

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public static IReadOnlyList<(string Value, string Text)> Kinds { get; } =
    [
        (nameof(ContactKind.Family), "Family: a parent, carer or other family member"),
        (nameof(ContactKind.Setting), "Someone at the child's school, college or nursery"),
        (nameof(ContactKind.Professional), "A health, education or other professional"),
        (nameof(ContactKind.SocialWorker), "The child's social worker"),
    ];

    public static IReadOnlyList<(string Value, string Text)> Methods { get; } =
        [(string.Empty, "No preference"), (nameof(ContactMethod.Email), "Email"), (nameof(ContactMethod.Phone), "Phone call"), (nameof(ContactMethod.Text), "Text message"), (nameof(ContactMethod.Post), "Post")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadChildAsync(ct))
        {
            return NotFound();
        }

        if (ContactId is { } cid)
        {
            var contact = (await records.ContactsAsync(Id, ct)).SingleOrDefault(c => c.Id == cid);
            if (contact is null)
            {
                return NotFound();
            }

            (Kind, Name, Relationship, Organisation, ParentalResponsibility) = (contact.Kind, contact.Name, contact.Relationship, contact.Organisation, contact.ParentalResponsibility);
            (Phone, Email, Address, PreferredContact, ReceivesLetters) = (contact.Phone, contact.Email, contact.Address, contact.PreferredContact, contact.ReceivesLetters);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await records.SaveContactAsync(Id, ContactId, new ContactInput(Kind, Name, Relationship, Organisation, ParentalResponsibility, Phone, Email, Address, PreferredContact, ReceivesLetters), ct);
        if (outcome is null)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            Confirmation = ContactId is null ? $"{outcome.Value!.Name} added" : $"{outcome.Value!.Name} changed";
            return Redirect($"/children/{Id}");
        }

        await LoadChildAsync(ct);
        Errors = new ErrorSummaryModel(outcome.Errors, f => f switch
        {
            "kind" => $"kind-{nameof(ContactKind.Family)}",
            _ => f,
        });
        ViewData["HasErrors"] = true;
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        if (ContactId is not { } cid || !await records.RemoveContactAsync(Id, cid, ct))
        {
            return NotFound();
        }

        Confirmation = "Contact removed";
        return Redirect($"/children/{Id}");
    }

    private async Task<bool> LoadChildAsync(CancellationToken ct)
    {
        var found = await records.FindAsync(Id, ct);
        Child = found.Child!;
        return found.Child is not null;
    }
}
