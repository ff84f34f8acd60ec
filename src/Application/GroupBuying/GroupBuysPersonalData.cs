using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.GroupBuying;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.GroupBuying;

/// <summary>Group buys the user led or joined.</summary>
[PersonalDataOf(typeof(GroupBuy), typeof(GroupBuyMember))]
internal sealed class GroupBuysPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "group-buys";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        led = await db.GroupBuys.AsNoTracking().Where(g => g.LeaderId == userId).ToListAsync(cancellationToken),
        memberships = await db.GroupBuyMembers.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(cancellationToken),
    };
}
