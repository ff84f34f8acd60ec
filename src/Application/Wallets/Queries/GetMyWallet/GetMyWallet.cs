using KnowledgePay.Application.Common.Interfaces;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Wallets.Queries.GetMyWallet;

/// <summary>The caller's wallet; null until their first top-up (or an operator's adjustment) opens it.</summary>
public sealed record GetMyWalletQuery : IQuery<WalletDto?>;

internal sealed class GetMyWalletQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetMyWalletQuery, WalletDto?>
{
    public async ValueTask<WalletDto?> Handle(GetMyWalletQuery query, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        return await db.Wallets.AsNoTracking().Where(w => w.UserId == userId).ProjectToType<WalletDto>().SingleOrDefaultAsync(cancellationToken);
    }
}
