using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Common.Statistics;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Identity;
using MathNet.Numerics.Distributions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Campaigns.Queries.GetCampaignResults;

/// <summary>
/// Admins: a campaign's lift, measured against its holdout. Per enrolled user, conversion is 1 when they paid an order
/// (not refunded in full) between their enrolment and the end of its conversion window, and revenue is what those orders
/// took net of refunds. SQL sums count, sum and sum of squares per side; no enrolment is loaded. Treated users count
/// whether or not they were acted on (intent to treat), so the comparison stays between random halves. Null for an unknown id.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record GetCampaignResultsQuery(Guid CampaignId, double Confidence = 0.95) : IQuery<CampaignResultsDto?>;

internal sealed class GetCampaignResultsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetCampaignResultsQuery, CampaignResultsDto?>
{
    public async ValueTask<CampaignResultsDto?> Handle(GetCampaignResultsQuery query, CancellationToken cancellationToken)
    {
        var window = await db.Campaigns.Where(c => c.Id == query.CampaignId).Select(c => (int?)c.ConversionWindowDays)
            .SingleOrDefaultAsync(cancellationToken);
        if (window is null)
        {
            return null;
        }

        var perUser = db.CampaignEnrolments
            .Where(e => e.CampaignId == query.CampaignId)
            .Select(e => new
            {
                e.IsHoldout,
                Delivered = e.Status == CampaignEnrolmentStatus.Delivered ? 1 : 0,
                Revenue = db.Orders
                    .Where(o => o.UserId == e.UserId && o.PaidAt != null && o.PaidAt >= e.EnrolledAt && o.PaidAt < e.ConversionEndsAt)
                    .Sum(o => o.PaidFen - o.RefundedFen),
                Converted = db.Orders.Any(o => o.UserId == e.UserId && o.PaidAt != null && o.PaidAt >= e.EnrolledAt
                    && o.PaidAt < e.ConversionEndsAt && o.PaidFen > o.RefundedFen) ? 1 : 0,
            });
        var sides = await perUser
            .GroupBy(u => u.IsHoldout)
            .Select(g => new
            {
                IsHoldout = g.Key,
                Users = g.LongCount(),
                Delivered = g.Sum(u => (long)u.Delivered),
                Conversions = g.Sum(u => (long)u.Converted),
                Revenue = g.Sum(u => u.Revenue),
                RevenueSquares = g.Sum(u => (double)u.Revenue * u.Revenue),
            })
            .ToListAsync(cancellationToken);

        var treated = sides.SingleOrDefault(s => !s.IsHoldout);
        var holdout = sides.SingleOrDefault(s => s.IsHoldout);
        SampleMoments Conversion(long users, long conversions) => new(users, conversions, conversions);
        var treatedConversion = Conversion(treated?.Users ?? 0, treated?.Conversions ?? 0);
        var holdoutConversion = Conversion(holdout?.Users ?? 0, holdout?.Conversions ?? 0);
        var treatedRevenue = new SampleMoments(treated?.Users ?? 0, treated?.Revenue ?? 0, treated?.RevenueSquares ?? 0);
        var holdoutRevenue = new SampleMoments(holdout?.Users ?? 0, holdout?.Revenue ?? 0, holdout?.RevenueSquares ?? 0);

        CampaignGroupDto Group(SampleMoments conversion, SampleMoments revenue, long delivered) => new(
            conversion.Count, delivered, (long)conversion.Sum, (long)revenue.Sum,
            Estimate(conversion, query.Confidence), Estimate(revenue, query.Confidence));

        return new CampaignResultsDto(
            query.CampaignId,
            window.Value,
            Group(treatedConversion, treatedRevenue, treated?.Delivered ?? 0),
            Group(holdoutConversion, holdoutRevenue, 0),
            Lift(treatedConversion, holdoutConversion, query.Confidence),
            Lift(treatedRevenue, holdoutRevenue, query.Confidence));
    }

    /// <summary>The normal-approximation interval of one side's mean.</summary>
    private static CampaignEstimateDto Estimate(SampleMoments sample, double confidence)
    {
        if (sample.Count < 2)
        {
            return new CampaignEstimateDto(sample.Mean, null, null);
        }

        var margin = Normal.InvCDF(0, 1, 0.5 + (confidence / 2)) * Math.Sqrt(sample.Variance / sample.Count);
        return new CampaignEstimateDto(sample.Mean, sample.Mean - margin, sample.Mean + margin);
    }

    private static CampaignLiftDto Lift(SampleMoments treated, SampleMoments holdout, double confidence)
    {
        var difference = MeanDifference.Between(treated, holdout, confidence);
        return new CampaignLiftDto(
            difference.Difference, difference.Lower, difference.Upper, difference.PValue,
            holdout.Mean == 0 ? null : difference.Difference / holdout.Mean);
    }
}
