using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Tracking;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Experiments.Analysis.Results;

/// <summary>An experiment's results as of now, for the operators who decide it.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetExperimentResultsQuery(string Key, double MinimumDetectableEffect = GetExperimentResultsQuery.DefaultMinimumDetectableEffect)
    : IQuery<ExperimentResultsDto>
{
    public const double DefaultMinimumDetectableEffect = 0.05;

    /// <summary>How far before their first exposure a user's spend and activity are taken as CUPED covariates.</summary>
    public const int PrePeriodDays = 28;
}

/// <summary>
/// One aggregate statement per experiment: each exposure's outcomes are correlated subqueries over the user's orders
/// and behaviour events (through their user indexes), and the database sums them per variant, so no exposure is loaded.
/// </summary>
internal sealed class GetExperimentResultsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetExperimentResultsQuery, ExperimentResultsDto>
{
    public async ValueTask<ExperimentResultsDto> Handle(GetExperimentResultsQuery query, CancellationToken cancellationToken)
    {
        var experiment = await db.Experiments.AsNoTracking().SingleOrDefaultAsync(e => e.Key == query.Key, cancellationToken)
            ?? throw ExperimentAnalysisErrors.UnknownExperiment(query.Key);
        if (experiment.StartedAt is null)
        {
            throw ExperimentAnalysisErrors.NotStarted(query.Key);
        }

        var sums = await SumsAsync(experiment.Id, experiment.ConversionWindowDays, cancellationToken);
        var byVariant = experiment.Variants
            .Select(v => sums.SingleOrDefault(s => s.VariantKey == v.Key) ?? VariantSums.Empty(v.Key))
            .ToList();
        return ExperimentAnalysis.Analyse(experiment, byVariant, query.MinimumDetectableEffect);
    }

    private Task<List<VariantSums>> SumsAsync(Guid experimentId, int windowDays, CancellationToken cancellationToken)
    {
        var prePeriod = -GetExperimentResultsQuery.PrePeriodDays;
        var paid = db.Orders.Where(o => o.PaidAt != null
            && !db.OrderLines.Any(l => l.OrderId == o.Id && l.Kind == OfferKind.WalletTopUp));
        return db.ExperimentExposures.AsNoTracking()
            .Where(e => e.ExperimentId == experimentId)
            .Select(e => new
            {
                e.VariantKey,
                Converted = paid.Any(o => o.UserId == e.UserId && o.PaidAt >= e.ExposedAt && o.PaidAt < SqlTime.AddDays(e.ExposedAt, windowDays)) ? 1 : 0,
                Refunded = paid.Any(o => o.UserId == e.UserId && o.PaidAt >= e.ExposedAt && o.PaidAt < SqlTime.AddDays(e.ExposedAt, windowDays)
                    && o.RefundedFen > 0) ? 1 : 0,
                Revenue = (double)(paid.Where(o => o.UserId == e.UserId && o.PaidAt >= e.ExposedAt && o.PaidAt < SqlTime.AddDays(e.ExposedAt, windowDays))
                    .Sum(o => (long?)(o.PaidFen - o.RefundedFen)) ?? 0),
                PageError = db.BehaviourEvents.Any(b => b.UserId == e.UserId && b.Kind == BehaviourEventKind.PageError
                    && b.OccurredAt >= e.ExposedAt && b.OccurredAt < SqlTime.AddDays(e.ExposedAt, windowDays)) ? 1 : 0,
                Spend = (double)(paid.Where(o => o.UserId == e.UserId && o.PaidAt >= SqlTime.AddDays(e.ExposedAt, prePeriod) && o.PaidAt < e.ExposedAt)
                    .Sum(o => (long?)(o.PaidFen - o.RefundedFen)) ?? 0),
                Activity = (double)db.BehaviourEvents.Count(b => b.UserId == e.UserId
                    && b.OccurredAt >= SqlTime.AddDays(e.ExposedAt, prePeriod) && b.OccurredAt < e.ExposedAt),
            })
            .GroupBy(x => x.VariantKey)
            .Select(g => new VariantSums
            {
                VariantKey = g.Key,
                Users = g.Count(),
                Converted = g.Sum(x => x.Converted),
                Refunded = g.Sum(x => x.Refunded),
                PageErrors = g.Sum(x => x.PageError),
                Revenue = g.Sum(x => x.Revenue),
                RevenueSquares = g.Sum(x => x.Revenue * x.Revenue),
                Spend = g.Sum(x => x.Spend),
                SpendSquares = g.Sum(x => x.Spend * x.Spend),
                Activity = g.Sum(x => x.Activity),
                ActivitySquares = g.Sum(x => x.Activity * x.Activity),
                SpendActivity = g.Sum(x => x.Spend * x.Activity),
                SpendConverted = g.Sum(x => x.Spend * x.Converted),
                ActivityConverted = g.Sum(x => x.Activity * x.Converted),
                SpendRevenue = g.Sum(x => x.Spend * x.Revenue),
                ActivityRevenue = g.Sum(x => x.Activity * x.Revenue),
            })
            .ToListAsync(cancellationToken);
    }
}
