using KnowledgePay.Application.Catalog.Commands;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Offers.Queries;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Offers.Commands;

/// <summary>
/// The resource checks of offer management: admins manage every offer; a creator only the bundles of their own creator
/// profile, made of their own published courses, and never the guardrails.
/// </summary>
internal static class ManagedOffers
{
    /// <summary>The offer with its courses, when the caller may change it.</summary>
    public static async Task<Offer> ManagedOfferAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid offerId, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.Include(o => o.Courses).SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken)
            ?? throw new NotFoundException(nameof(Offer), offerId);
        if (!user.IsInRole(Role.Admin)
            && (offer.CreatorId is null || await db.OwnCreatorIdAsync(user, cancellationToken) != offer.CreatorId))
        {
            throw new ForbiddenAccessException();
        }

        return offer;
    }

    /// <summary>
    /// The guardrails of the published courses an offer is to hold, in the order named. A creator may name only their
    /// own courses.
    /// </summary>
    public static async Task<IReadOnlyList<PriceGuardrails>> OfferableCoursesAsync(
        this IApplicationDbContext db, ICurrentUser user, IReadOnlyList<Guid> courseIds, CancellationToken cancellationToken)
    {
        var found = await db.Courses.AsNoTracking()
            .Where(c => courseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.CreatorId, c.Status, c.Guardrails })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var ownCreatorId = user.IsInRole(Role.Admin) ? null : await db.OwnCreatorIdAsync(user, cancellationToken);
        var offerable = new List<PriceGuardrails>();
        foreach (var courseId in courseIds.Distinct())
        {
            var course = found.GetValueOrDefault(courseId) ?? throw new NotFoundException(nameof(Course), courseId);
            if (!user.IsInRole(Role.Admin) && course.CreatorId != ownCreatorId)
            {
                throw new ForbiddenAccessException();
            }

            offerable.Add(course.Status == CourseStatus.Published ? course.Guardrails : throw OfferErrors.CourseNotPublished(courseId));
        }

        return offerable;
    }

    /// <summary>Admins set guardrails; a creator works within the ones set for them.</summary>
    public static void EnsureMaySetGuardrails(this ICurrentUser user, PriceGuardrailsInput? guardrails)
    {
        if (guardrails is not null && !user.IsInRole(Role.Admin))
        {
            throw new ForbiddenAccessException();
        }
    }

    /// <summary>Saves the change (its audit entries ride along) and returns the offer as it now stands.</summary>
    public static async Task<OfferDto> SaveOfferAsync(this IApplicationDbContext db, Offer offer, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return offer.Adapt<OfferDto>();
    }
}
