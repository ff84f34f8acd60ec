using KnowledgePay.Application.Catalog.Commands;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sales;

/// <summary>
/// The resource check of sale management, and the offer as a sale sees it: admins price every course, a creator only the
/// courses of their own creator profile (the catalogue's rule).
/// </summary>
internal static class SaleTargets
{
    public static async Task<SaleTarget> ManagedTargetAsync(
        this IApplicationDbContext db, ICurrentUser user, OfferRef offer, CancellationToken cancellationToken)
    {
        if (offer.Kind != OfferKind.Course)
        {
            throw new NotFoundException(nameof(Offer), offer.Id);
        }

        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == offer.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Course), offer.Id);
        await db.EnsureManagesCreatorAsync(user, course.CreatorId, cancellationToken);
        return new SaleTarget(offer, course.Price.AmountFen, GuardrailsOf(course));
    }

    /// <summary>
    /// What an offer id names, a bundle or a plan. Bundles and plans are stored by the offers feature; until it is merged
    /// with this one none exists, so none can go on sale (then: the offer's kind, and its list price, guardrails and
    /// creator in <see cref="ManagedTargetAsync"/>).
    /// </summary>
    public static OfferRef BundleOrPlan(Guid offerId) => throw new NotFoundException(nameof(Offer), offerId);

    /// <summary>A course's guardrails: none until the offers feature gives courses their own (then <c>course.Guardrails</c>).</summary>
    private static PriceGuardrails GuardrailsOf(Course _) => PriceGuardrails.None;
}
