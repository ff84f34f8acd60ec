using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.RedeemCodes;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.RedeemCodes;

/// <summary>Redeem codes the user redeemed (what for and when; the codes are stored only as hashes).</summary>
[PersonalDataOf(typeof(RedeemCode))]
internal sealed class RedeemCodesPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "redeem-codes";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        redeemed = await db.RedeemCodes.AsNoTracking().Where(c => c.RedeemedBy == userId).Select(c => new { c.Id, c.BatchId, c.Kind, c.OfferId, c.RedeemedAt }).ToListAsync(cancellationToken),
    };
}
