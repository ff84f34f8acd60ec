using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Segments;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Campaigns.Commands;

internal static class CampaignDefinitions
{
    /// <summary>
    /// Checks that what the definition names exists (its segment has materialised members, its coupon, its course or
    /// offer) and reads the personal price's list price and guardrails.
    /// </summary>
    public static async Task<PersonalPriceBounds?> CheckedAsync(
        this IApplicationDbContext db, CampaignDefinition definition, CancellationToken cancellationToken)
    {
        if (!await db.SegmentMembers.AnyAsync(m => m.SegmentId == definition.SegmentId, cancellationToken))
        {
            throw new NotFoundException(nameof(SegmentMember), definition.SegmentId);
        }

        if (definition.CouponId is { } couponId && !await db.Coupons.AnyAsync(c => c.Id == couponId, cancellationToken))
        {
            throw new NotFoundException(nameof(Coupon), couponId);
        }

        if (definition.PersonalCourseId is { } courseId)
        {
            return await db.Courses.AsNoTracking()
                    .Where(c => c.Id == courseId)
                    .Select(c => new PersonalPriceBounds(OfferRef.ForCourse(c.Id), c.Price.AmountFen, c.Guardrails))
                    .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(nameof(Course), courseId);
        }

        if (definition.PersonalOfferId is { } offerId)
        {
            return await db.Offers.AsNoTracking()
                    .Where(o => o.Id == offerId)
                    .Select(o => new PersonalPriceBounds(new OfferRef(o.Kind, o.Id), o.ListPrice.AmountFen, o.Guardrails))
                    .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(nameof(Offer), offerId);
        }

        return null;
    }
}
