using System.Security.Cryptography;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Infrastructure.WeChat.VirtualPayment;

/// <summary>
/// What Virtual Payment asks of us beyond an order number: every server API names the buyer's openid, and the client's
/// <c>signature</c> needs the buyer's current session key, which login stores encrypted on the user.
/// </summary>
internal sealed class VirtualPaymentBuyers(IServiceScopeFactory scopes, ISecretProtector protector)
{
    /// <summary>The buyer's session key in clear, or null when none usable is stored (never logged in, or another server key).</summary>
    public async Task<string?> SessionKeyAsync(Guid userId, CancellationToken cancellationToken)
    {
        var ciphertext = await ReadAsync(
            db => db.Users.Where(u => u.Id == userId).Select(u => u.SessionKey.Ciphertext).SingleOrDefaultAsync(cancellationToken));
        if (ciphertext is null)
        {
            return null;
        }

        try
        {
            return protector.Unprotect(ciphertext);
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }
    }

    public Task<string?> OpenIdOfOrderAsync(string outTradeNo, CancellationToken cancellationToken) =>
        ReadAsync(db => db.Orders.Where(o => o.OutTradeNo == outTradeNo)
            .Join(db.Users, o => o.UserId, u => u.Id, (_, u) => u.OpenId)
            .SingleOrDefaultAsync(cancellationToken));

    /// <summary>The refund's order and buyer, its amount, and what the order's other succeeded refunds took back.</summary>
    public Task<RefundOfOrder?> RefundAsync(string outRefundNo, CancellationToken cancellationToken) =>
        ReadAsync(db => db.Orders.Where(o => o.Refunds.Any(r => r.OutRefundNo == outRefundNo))
            .Join(db.Users, o => o.UserId, u => u.Id, (o, u) => new RefundOfOrder(
                o.OutTradeNo,
                u.OpenId,
                o.Refunds.Where(r => r.OutRefundNo == outRefundNo).Select(r => r.AmountFen).Single(),
                o.Refunds.Where(r => r.OutRefundNo != outRefundNo && r.Status == RefundStatus.Succeeded).Sum(r => r.AmountFen)))
            .SingleOrDefaultAsync(cancellationToken));

    private async Task<T> ReadAsync<T>(Func<IApplicationDbContext, Task<T>> read)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>());
    }
}

internal sealed record RefundOfOrder(string OutTradeNo, string OpenId, long AmountFen, long OtherRefundedFen);
