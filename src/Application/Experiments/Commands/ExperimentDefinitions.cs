using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Experiments.Assignment;
using KnowledgePay.Application.Sales;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Sales;

namespace KnowledgePay.Application.Experiments.Commands;

/// <summary>
/// The checks createExperiment and updateExperiment share beyond the experiment's own rules: the offer exists (read with
/// its list price and guardrails, which bound its variants' prices), and a recommender variant names a knob the
/// recommender has.
/// </summary>
internal static class ExperimentDefinitions
{
    public static async Task<(ExperimentDefinition Definition, SaleTarget? Offer)> CheckedAsync(
        this IApplicationDbContext db, ICurrentUser user, ExperimentFields fields, CancellationToken cancellationToken)
    {
        var offer = await db.PricedOfferAsync(user, fields.CourseId, fields.OfferId, cancellationToken);
        if (fields.Surface == ExperimentSurface.Recommender)
        {
            foreach (var variant in fields.Variants)
            {
                RecommenderVariantPayload.Parse(variant.Key, variant.Payload);
            }
        }

        var definition = new ExperimentDefinition(
            fields.Name,
            fields.Surface,
            [.. fields.Variants.Select(v => new ExperimentVariant(v.Key, v.Weight, v.Payload, v.Price))],
            fields.PrimaryMetric,
            fields.ConversionWindowDays,
            offer?.Offer,
            fields.Audience,
            fields.SegmentId,
            new ExperimentGuardrails(fields.MaxRefundRateIncrease, fields.MaxPageErrorRateIncrease),
            fields.Platforms?.Select(p => p.ToString()).ToList(),
            fields.Layer,
            fields.LayerSharePercent);
        return (definition, offer);
    }

    /// <summary>The course or offer a price experiment names, with its list price and guardrails now; null when it names none.</summary>
    public static async Task<SaleTarget?> PricedOfferAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid? courseId, Guid? offerId, CancellationToken cancellationToken) =>
        courseId is { } course ? await db.ManagedTargetAsync(user, OfferRef.ForCourse(course), cancellationToken)
        : offerId is { } offer ? await db.ManagedOfferTargetAsync(user, offer, cancellationToken)
        : null;
}
