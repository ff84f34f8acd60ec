using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Tracking;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Tracking;

/// <summary>The behaviour events reported while using the service, and course pages viewed without buying.</summary>
[PersonalDataOf(typeof(BehaviourEvent), typeof(CourseViewWithoutPurchase))]
internal sealed class BehaviourPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "behaviour";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        events = await db.BehaviourEvents.AsNoTracking().Where(e => e.UserId == userId).ToListAsync(cancellationToken),
        viewsWithoutPurchase = await db.CourseViewsWithoutPurchase.AsNoTracking().Where(v => v.UserId == userId).ToListAsync(cancellationToken),
    };
}
