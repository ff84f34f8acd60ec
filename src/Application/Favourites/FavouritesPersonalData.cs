using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Favourites;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Favourites;

/// <summary>Courses and other items saved as favourites.</summary>
[PersonalDataOf(typeof(Favourite))]
internal sealed class FavouritesPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "favourites";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        favourites = await db.Favourites.AsNoTracking().Where(f => f.UserId == userId).ToListAsync(cancellationToken),
    };
}
