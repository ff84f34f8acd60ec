using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Wallets;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Wallets;

/// <summary>The balance, every movement of it, and the top-ups.</summary>
[PersonalDataOf(typeof(Wallet), typeof(WalletMovement), typeof(WalletTopUp))]
internal sealed class WalletPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "wallet";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        wallets = await db.Wallets.AsNoTracking().Where(w => w.UserId == userId).ToListAsync(cancellationToken),
        movements = await db.WalletMovements.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(cancellationToken),
        topUps = await db.WalletTopUps.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken),
    };
}
