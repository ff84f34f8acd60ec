using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Orders;
using KnowledgePay.Application.PaymentMethods;
using KnowledgePay.Application.Wallets.Queries;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.Domain.Wallets;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Wallets.Commands.TopUp;

/// <summary>
/// Places a top-up of <see cref="AmountFen"/> with the bonus its tier earns now (fixed from here on), and the pending
/// order that bills it; the client pays that order with <c>checkout</c> through WeChat Pay, and the balance grows when it
/// is paid, so a platform whose buyers may not pay with WeChat Pay (iOS) cannot top up. Opens the caller's wallet on first
/// use. Idempotent: the same client key returns the same top-up.
/// </summary>
public sealed record TopUpCommand(long AmountFen, string ClientKey) : ICommand<TopUpDto>, IRetryOnConflict;

internal sealed class TopUpCommandHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    PaymentMethodPolicy methods,
    TimeProvider clock,
    IOptions<WalletOptions> wallets,
    IOptions<OrderOptions> orders)
    : ICommandHandler<TopUpCommand, TopUpDto>
{
    public async ValueTask<TopUpDto> Handle(TopUpCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var existing = await db.WalletTopUps.AsNoTracking()
            .SingleOrDefaultAsync(t => t.UserId == userId && t.ClientKey == command.ClientKey, cancellationToken);
        if (existing is not null)
        {
            return existing.AmountFen == command.AmountFen ? existing.Adapt<TopUpDto>() : throw WalletErrors.ClientKeyReused();
        }

        methods.EnsureAllowed(PaymentChannel.WeChatPayJsapi);
        var options = wallets.Value;
        if (command.AmountFen < options.MinTopUpFen || command.AmountFen > options.MaxTopUpFen)
        {
            throw WalletErrors.TopUpAmountInvalid(command.AmountFen, options.MinTopUpFen, options.MaxTopUpFen);
        }

        var now = clock.GetUtcNow();
        var topUp = WalletTopUp.Place(userId, command.AmountFen, BonusTier.BonusFor(command.AmountFen, options.BonusTiers), command.ClientKey, now);
        var quote = new PriceQuote([topUp.Line($"余额充值 ¥{command.AmountFen / 100}.{command.AmountFen % 100:00}")], null);

        // The order's own client key is derived from the top-up, so it can never collide with a cart's.
        var order = Order.Place(userId, quote, $"topup-{topUp.Id:N}", PaymentChannel.WeChatPayJsapi, now, orders.Value.PaymentWindow);
        topUp.BilledBy(order.Id);
        db.WalletTopUps.Add(topUp);
        db.Orders.Add(order);
        if (!await db.Wallets.AnyAsync(w => w.UserId == userId, cancellationToken))
        {
            db.Wallets.Add(Wallet.Open(userId, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return topUp.Adapt<TopUpDto>();
    }
}
