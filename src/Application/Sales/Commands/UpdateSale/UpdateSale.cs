using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Sales.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Sales;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sales.Commands.UpdateSale;

/// <summary>Replaces the terms of a sale that has not ended (a running one keeps its start); same rules as scheduling.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record UpdateSaleCommand(
    Guid SaleId, string Title, long Price, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int? Stock, int? PerUserLimit)
    : ICommand<SaleDto>;

internal sealed class UpdateSaleCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UpdateSaleCommand, SaleDto>
{
    public async ValueTask<SaleDto> Handle(UpdateSaleCommand command, CancellationToken cancellationToken)
    {
        var sale = await db.Sales.SingleOrDefaultAsync(s => s.Id == command.SaleId, cancellationToken)
            ?? throw new NotFoundException(nameof(Sale), command.SaleId);
        var target = await db.ManagedTargetAsync(user, sale.Offer, cancellationToken);
        var terms = new SaleTerms(command.Title, command.Price, command.StartsAt, command.EndsAt, command.Stock, command.PerUserLimit);
        sale.Change(target, terms, user.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return sale.Adapt<SaleDto>();
    }
}
