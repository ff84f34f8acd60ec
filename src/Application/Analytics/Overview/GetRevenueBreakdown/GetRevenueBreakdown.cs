using System.Linq.Expressions;
using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Analytics.Overview.GetRevenueBreakdown;

/// <summary>The range's revenue split by one dimension, biggest GMV first.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetRevenueBreakdownQuery(AnalyticsRange Range, RevenueDimension By) : IQuery<IReadOnlyList<RevenueShareDto>>;

/// <summary>
/// Line amounts, so the groups add up to the overview's GMV: two grouped statements (lines paid in the range, line parts
/// of refunds completed in it) and one for the names of the categories or creators found.
/// </summary>
internal sealed class GetRevenueBreakdownQueryHandler(IApplicationDbContext db, AnalyticsPeriods periods)
    : IQueryHandler<GetRevenueBreakdownQuery, IReadOnlyList<RevenueShareDto>>
{
    public async ValueTask<IReadOnlyList<RevenueShareDto>> Handle(GetRevenueBreakdownQuery query, CancellationToken cancellationToken)
    {
        var period = periods.Resolve(query.Range);
        var sold = db.SoldLines().Where(period.Covers<LineAmount>(l => l.At)).Attributed(db);
        var refunded = db.RefundedLines().Where(period.Covers<LineAmount>(l => l.At)).Attributed(db);
        return query.By switch
        {
            RevenueDimension.Category => await SharesAsync(sold, refunded, l => l.CategoryId, async ids => NameOrNotACourse(
                await db.Categories.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken)), cancellationToken),
            RevenueDimension.Creator => await SharesAsync(sold, refunded, l => l.CreatorId, async ids => NameOrNotACourse(
                await db.Creators.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken)), cancellationToken),
            RevenueDimension.OfferKind => await SharesAsync(sold, refunded, l => l.Kind, EnumNames<OfferKind>, cancellationToken),
            RevenueDimension.Channel => await SharesAsync(sold, refunded, l => l.Channel, _ => Task.FromResult<Func<AcquisitionChannel, string>>(ChannelLabel), cancellationToken),
            _ => await SharesAsync(sold, refunded, l => l.PaymentMethod, EnumNames<PaymentChannel>, cancellationToken),
        };
    }

    private static async Task<IReadOnlyList<RevenueShareDto>> SharesAsync<TKey>(
        IQueryable<AttributedLine> sold,
        IQueryable<AttributedLine> refunded,
        Expression<Func<AttributedLine, TKey>> key,
        Func<List<Guid>, Task<Func<TKey, string>>> labels,
        CancellationToken cancellationToken)
    {
        var sales = await sold.GroupBy(key)
            .Select(g => new
            {
                g.Key,
                GmvFen = g.Sum(l => l.AmountFen),
                Orders = g.Select(l => l.OrderId).Distinct().Count(),
                PayingUsers = g.Select(l => l.BuyerId).Distinct().Count(),
            })
            .ToListAsync(cancellationToken);
        var refunds = await refunded.GroupBy(key).Select(g => new { g.Key, RefundedFen = g.Sum(l => l.AmountFen) }).ToListAsync(cancellationToken);

        var keys = sales.Select(s => s.Key).Union(refunds.Select(r => r.Key)).ToList();
        var label = await labels([.. keys.OfType<Guid>()]);
        return [.. keys
            .Select(k =>
            {
                var s = sales.SingleOrDefault(s => Equals(s.Key, k));
                var gmv = s?.GmvFen ?? 0;
                var refundedFen = refunds.Where(r => Equals(r.Key, k)).Sum(r => r.RefundedFen);
                return new RevenueShareDto(k?.ToString() ?? RevenueShareDto.NotACourseKey, label(k), gmv, gmv - refundedFen, s?.Orders ?? 0, s?.PayingUsers ?? 0);
            })
            .OrderByDescending(s => s.GmvFen)
            .ThenBy(s => s.Key, StringComparer.Ordinal)];
    }

    private static Func<Guid?, string> NameOrNotACourse(Dictionary<Guid, string> names) =>
        id => id is { } known ? names.GetValueOrDefault(known, known.ToString()) : RevenueShareDto.NotACourseLabel;

    private static Task<Func<TEnum, string>> EnumNames<TEnum>(List<Guid> ids)
        where TEnum : struct, Enum =>
        Task.FromResult<Func<TEnum, string>>(value => value.ToString());

    private static string ChannelLabel(AcquisitionChannel channel) => channel switch
    {
        AcquisitionChannel.Campaign => "Campaign",
        AcquisitionChannel.SharedLink => "Shared link / referral",
        _ => "Organic",
    };
}
