using KnowledgePay.Application.Orders;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Referrals;

/// <summary>The referral settings of this request, and how long commissions stay pending.</summary>
internal static class CommissionPolicy
{
    public static TimeSpan SettlementDelay(this ReferralOptions referrals, OrderOptions orders) =>
        TimeSpan.FromDays(referrals.SettlementDays ?? orders.Refunds.WindowDays);

    public static TimeSpan SettlementDelay(this IOptionsSnapshot<ReferralOptions> referrals, IOptionsSnapshot<OrderOptions> orders) =>
        referrals.Value.SettlementDelay(orders.Value);
}
