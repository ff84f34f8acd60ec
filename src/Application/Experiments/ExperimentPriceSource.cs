using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Experiments.Assignment;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Experiments;

/// <summary>
/// The pricing engine's experiment prices (ADR 0029): for each offer a running price experiment varies, the buyer's
/// variant price when they are assigned a variant that has one. Pricing applies the variant, so the buyer is exposed
/// here, once; the control's buyers are exposed too (they see the list price). Stopped experiments price nothing.
/// </summary>
internal sealed class ExperimentPriceSource(IApplicationDbContext db, ExperimentAssigner assigner) : ITargetedPriceSource
{
    public async Task<IReadOnlyDictionary<OfferRef, TargetedPrice>> PricesAsync(
        IReadOnlyCollection<OfferRef> offers, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var offerIds = offers.Select(o => o.Id).Distinct().ToList();
        var running = await db.Experiments.AsNoTracking()
            .Where(e => e.Status == ExperimentStatus.Running && e.OfferId != null && offerIds.Contains(e.OfferId.Value))
            .ToListAsync(cancellationToken);
        var prices = new Dictionary<OfferRef, TargetedPrice>();
        foreach (var experiment in running)
        {
            var offer = new OfferRef(experiment.OfferKind!.Value, experiment.OfferId!.Value);
            if (!offers.Contains(offer))
            {
                continue;
            }

            var assignment = await assigner.AssignAsync(experiment, userId, cancellationToken);
            if (assignment is { Exposed: true, Variant.PriceFen: { } priceFen })
            {
                prices[offer] = new TargetedPrice(PriceStepKind.ExperimentPrice, experiment.Id, priceFen, Experiment.PriceReason);
            }
        }

        return prices;
    }
}
