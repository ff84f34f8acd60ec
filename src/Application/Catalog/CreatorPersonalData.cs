using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog;

/// <summary>The creator profile linked to the account, when the user publishes courses.</summary>
[PersonalDataOf(typeof(Creator))]
internal sealed class CreatorPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "creator";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        creators = await db.Creators.AsNoTracking().Where(c => c.UserId == userId).ToListAsync(cancellationToken),
    };
}
