using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Application.Risk;
using KnowledgePay.Domain.Gifts;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Risk;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Orders.Commands.RequestRefund;

/// <summary>
/// The learner asks for their money back, for the whole order or for one line (<see cref="LineId"/>), within the
/// policy (<c>Orders:Refunds:WindowDays</c> since payment, at most <c>Orders:Refunds:MaxProgressPercent</c> of any
/// course refunded completed or opened, no gift among the lines claimed), unless a risk flag holds the learner's refunds
/// (<see cref="RiskRestriction.NoLearnerRefunds"/>: an operator still can). Asking again while it is processing resends the same refund. Access is
/// withdrawn when the provider reports it succeeded.
/// </summary>
public sealed record RequestRefundCommand(Guid OrderId, string Reason, Guid? LineId = null) : ICommand<RefundDto>;

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
        if (await db.IsRestrictedAsync(order.UserId, RiskRestriction.NoLearnerRefunds, cancellationToken))
        {
            throw RiskErrors.RefundRestricted();
        }

        var policy = options.Value.Refunds;
        if (order.Status is not (OrderStatus.Paid or OrderStatus.PartiallyRefunded) || order.PaidAt is not { } paidAt)
        {
            throw OrderErrors.NotRefundable(order.Id);
        }

        if (clock.GetUtcNow() > paidAt.AddDays(policy.WindowDays))
        {
            throw OrderErrors.RefundWindowPassed(policy.WindowDays);
        }

        var lines = command.LineId is { } lineId ? [order.LineNumbered(lineId)] : order.Lines.ToList();
        foreach (var courseId in await db.CoursesOfAsync(lines, cancellationToken))
        {
            if (await progress.PercentConsumedAsync(order.UserId, courseId, cancellationToken) > policy.MaxProgressPercent)
            {
                throw OrderErrors.RefundProgressTooHigh(policy.MaxProgressPercent);
            }
        }

        if (await db.Gifts.AnyAsync(
                g => g.OrderId == order.Id && (command.LineId == null || g.OrderLineId == command.LineId) && g.Status == GiftStatus.Claimed,
                cancellationToken))
        {
            throw GiftErrors.ClaimedNotRefundable();
        }

        var amountFen = order.ProcessingRefund?.AmountFen ?? lines.Sum(order.LineRefundableFen);
        return await refunds.StartAsync(order, amountFen, command.Reason, order.UserId, cancellationToken, command.LineId);
    }
}
