using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Wallets.Queries.GetWallets;

/// <summary>Every wallet, for admins, newest first unless ordered otherwise.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetWalletsQuery(QueryContext<WalletDto> Context) : IQuery<Page<WalletDto>>;

internal sealed class GetWalletsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetWalletsQuery, Page<WalletDto>>
{
    public async ValueTask<Page<WalletDto>> Handle(GetWalletsQuery query, CancellationToken cancellationToken) =>
        await db.Wallets.AsNoTracking().ToPageAsync(
            query.Context, WalletQuerySchema.Filter, WalletQuerySchema.Sort, WalletQuerySchema.DefaultOrder, cancellationToken);
}
