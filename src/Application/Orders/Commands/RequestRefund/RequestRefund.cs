using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Domain.Gifts;
using KnowledgePay.Domain.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Orders.Commands.RequestRefund;

/// <summary>
/// The learner asks for their money back in full, within the policy (<c>Orders:Refunds:WindowDays</c> since payment,
/// at most <c>Orders:Refunds:MaxProgressPercent</c> of the course completed or opened, no gift of it claimed). Asking again while it is
/// processing resends the same refund. Access is withdrawn when the provider reports it succeeded.
/// </summary>
public sealed record RequestRefundCommand(Guid OrderId, string Reason) : ICommand<RefundDto>;

internal sealed class RequestRefundCommandHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    ICourseProgress progress,
    RefundIssuing refunds,
    IOptions<OrderOptions> options,
    TimeProvider clock)
    : ICommandHandler<RequestRefundCommand, RefundDto>
{
    public async ValueTask<RefundDto> Handle(RequestRefundCommand command, CancellationToken cancellationToken)
    {
        var order = await db.OwnOrderAsync(user, command.OrderId, cancellationToken);
        var policy = options.Value.Refunds;
        if (order.Status != OrderStatus.Paid || order.PaidAt is not { } paidAt)
        {
            throw OrderErrors.NotRefundable(order.Id);
        }

        if (clock.GetUtcNow() > paidAt.AddDays(policy.WindowDays))
        {
            throw OrderErrors.RefundWindowPassed(policy.WindowDays);
        }

        if (await progress.PercentConsumedAsync(order.UserId, order.CourseId, cancellationToken) > policy.MaxProgressPercent)
        {
            throw OrderErrors.RefundProgressTooHigh(policy.MaxProgressPercent);
        }

        if (await db.Gifts.AnyAsync(g => g.OrderId == order.Id && g.Status == GiftStatus.Claimed, cancellationToken))
        {
            throw GiftErrors.ClaimedNotRefundable();
        }

        var amountFen = order.ProcessingRefund?.AmountFen ?? order.RefundableFen;
        return await refunds.StartAsync(order, amountFen, command.Reason, order.UserId, cancellationToken);
    }
}
