using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Messaging;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Messaging;

/// <summary>Subscription messages granted, and those requested and sent to the user.</summary>
[PersonalDataOf(typeof(SubscriptionGrant), typeof(SubscriptionMessage))]
internal sealed class MessagesPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "messages";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        grants = await db.SubscriptionGrants.AsNoTracking().Where(g => g.UserId == userId).ToListAsync(cancellationToken),
        messages = await db.SubscriptionMessages.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(cancellationToken),
    };
}
