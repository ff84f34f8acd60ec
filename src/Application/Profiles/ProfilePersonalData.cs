using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Profiles;

/// <summary>The profile the user filled in, and the interests they picked at onboarding (by tag id and name).</summary>
internal sealed class ProfilePersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "profile";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var tagIds = user.InterestTagIds.ToList();
        var interests = await db.Tags.AsNoTracking()
            .Where(t => tagIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Name })
            .ToListAsync(cancellationToken);
        return new { user.Profile, Interests = interests };
    }
}
