using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Memberships;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning;

/// <summary>What the user may study and why: course enrolments and memberships with their terms.</summary>
[PersonalDataOf(typeof(Enrollment), typeof(Membership))]
internal sealed class EntitlementsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "entitlements";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        enrollments = await db.Enrollments.AsNoTracking().Where(e => e.UserId == userId).ToListAsync(cancellationToken),
        memberships = await db.Memberships.AsNoTracking().Include(m => m.Terms).Where(m => m.UserId == userId).ToListAsync(cancellationToken),
    };
}
