using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Sales.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Sales;
using Mapster;
using Mediator;

namespace KnowledgePay.Application.Sales.Commands.ScheduleSale;

/// <summary>
/// Puts a course (<see cref="CourseId"/>) or a bundle or plan (<see cref="OfferId"/>) on sale at <see cref="Price"/> fen
/// between <see cref="StartsAt"/> and <see cref="EndsAt"/>; a flash sale also names its stock and limit per buyer.
/// Creators for their own courses, admins for any offer; always below the list price and within its guardrails.
/// </summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record ScheduleSaleCommand(
    Guid? CourseId, Guid? OfferId, SaleKind Kind, string Title, long Price, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    int? Stock, int? PerUserLimit) : ICommand<SaleDto>;

internal sealed class ScheduleSaleCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ScheduleSaleCommand, SaleDto>
{
    public async ValueTask<SaleDto> Handle(ScheduleSaleCommand command, CancellationToken cancellationToken)
    {
        var target = command.CourseId is { } courseId
            ? await db.ManagedTargetAsync(user, OfferRef.ForCourse(courseId), cancellationToken)
            : await db.ManagedOfferTargetAsync(user, command.OfferId!.Value, cancellationToken);
        var terms = new SaleTerms(command.Title, command.Price, command.StartsAt, command.EndsAt, command.Stock, command.PerUserLimit);
        var sale = Sale.Schedule(command.Kind, target, terms, user.Id, clock.GetUtcNow());
        db.Sales.Add(sale);
        await db.SaveChangesAsync(cancellationToken);
        return sale.Adapt<SaleDto>();
    }
}
