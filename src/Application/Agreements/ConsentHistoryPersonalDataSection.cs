using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Agreements;

/// <summary>
/// The export's <c>consent-history.json</c>: every change of the personalisation consent (marketing consent and agreement
/// acceptances have their own sections).
/// </summary>
[PersonalDataOf(typeof(PersonalisationConsentChange))]
internal sealed class ConsentHistoryPersonalDataSection(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "consent-history";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        personalisation = await db.PersonalisationConsentChanges.AsNoTracking()
            .Where(c => c.UserId == userId)
            .OrderBy(c => c.At)
            .Select(c => new { c.Id, c.Granted, c.Source, c.At })
            .ToListAsync(cancellationToken),
    };
}
