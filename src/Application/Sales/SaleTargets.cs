using KnowledgePay.Application.Catalog.Commands;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sales;

/// <summary>
/// The resource check of sale management, and the offer as a sale sees it: admins price every course and offer, a creator
/// only the courses and bundles of their own creator profile (the catalogue's rule).
/// </summary>
internal static class SaleTargets
{
    public static async Task<SaleTarget> ManagedTargetAsync(
        this IApplicationDbContext db, ICurrentUser user, OfferRef offer, CancellationToken cancellationToken) =>
        offer.Kind == OfferKind.Course
            ? await db.ManagedCourseTargetAsync(user, offer.Id, cancellationToken)
            : await db.ManagedOfferTargetAsync(user, offer.Id, cancellationToken);

    /// <summary>A bundle or plan by its offer id (its kind is the offer's own); platform offers are the admins' alone.</summary>
    public static async Task<SaleTarget> ManagedOfferTargetAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid offerId, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken)
            ?? throw new NotFoundException(nameof(Offer), offerId);
        if (offer.CreatorId is { } creatorId)
        {
            await db.EnsureManagesCreatorAsync(user, creatorId, cancellationToken);
        }
        else if (!user.IsInRole(Role.Admin))
        {
            throw new ForbiddenAccessException();
        }

        return new SaleTarget(new OfferRef(offer.Kind, offer.Id), offer.ListPrice.AmountFen, offer.Guardrails);
    }

    private static async Task<SaleTarget> ManagedCourseTargetAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid courseId, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Course), courseId);
        await db.EnsureManagesCreatorAsync(user, course.CreatorId, cancellationToken);
        return new SaleTarget(OfferRef.ForCourse(courseId), course.Price.AmountFen, course.Guardrails);
    }
}
