using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Wallets.Queries.GetWallet;

/// <summary>A user's wallet, for admins; null when the user has none.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetWalletQuery(Guid UserId) : IQuery<WalletDto?>;

internal sealed class GetWalletQueryHandler(IApplicationDbContext db) : IQueryHandler<GetWalletQuery, WalletDto?>
{
    public async ValueTask<WalletDto?> Handle(GetWalletQuery query, CancellationToken cancellationToken) =>
        await db.Wallets.AsNoTracking().Where(w => w.UserId == query.UserId).ProjectToType<WalletDto>().SingleOrDefaultAsync(cancellationToken);
}
