using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Gifts;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Gifts;

/// <summary>Gifts the user bought, and gifts they claimed.</summary>
[PersonalDataOf(typeof(Gift))]
internal sealed class GiftsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "gifts";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        bought = await db.Gifts.AsNoTracking().Where(g => g.BuyerId == userId).ToListAsync(cancellationToken),
        claimed = await db.Gifts.AsNoTracking().Where(g => g.ClaimedBy == userId).ToListAsync(cancellationToken),
    };
}
