using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Sales.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Sales;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sales.Commands.EndSale;

/// <summary>Ends a scheduled or running sale now: its price stops at once; orders already placed keep theirs.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record EndSaleCommand(Guid SaleId) : ICommand<SaleDto>;

internal sealed class EndSaleCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<EndSaleCommand, SaleDto>
{
    public async ValueTask<SaleDto> Handle(EndSaleCommand command, CancellationToken cancellationToken)
    {
        var sale = await db.Sales.SingleOrDefaultAsync(s => s.Id == command.SaleId, cancellationToken)
            ?? throw new NotFoundException(nameof(Sale), command.SaleId);
        await db.ManagedTargetAsync(user, sale.Offer, cancellationToken);
        sale.EndEarly(user.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return sale.Adapt<SaleDto>();
    }
}
