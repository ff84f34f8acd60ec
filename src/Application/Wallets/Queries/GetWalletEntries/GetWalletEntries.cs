using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Wallets.Queries.GetWalletEntries;

/// <summary>A wallet's history, newest first unless ordered otherwise: for its owner and admins.</summary>
public sealed record GetWalletEntriesQuery(Guid WalletId, QueryContext<WalletEntryDto> Context) : IQuery<Page<WalletEntryDto>>;

internal sealed class GetWalletEntriesQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetWalletEntriesQuery, Page<WalletEntryDto>>
{
    public async ValueTask<Page<WalletEntryDto>> Handle(GetWalletEntriesQuery query, CancellationToken cancellationToken)
    {
        var callerId = user.RequiredId();
        if (!user.IsInRole(Role.Admin)
            && !await db.Wallets.AnyAsync(w => w.Id == query.WalletId && w.UserId == callerId, cancellationToken))
        {
            throw new ForbiddenAccessException();
        }

        return await db.WalletMovements.AsNoTracking().Where(m => m.WalletId == query.WalletId).ToPageAsync(
            query.Context, WalletQuerySchema.EntryFilter, WalletQuerySchema.EntrySort, WalletQuerySchema.EntryDefaultOrder, cancellationToken);
    }
}
