using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetCategories;

/// <summary>Every category in display order (a short list: the mini program's category bar).</summary>
public sealed record GetCategoriesQuery : IQuery<IReadOnlyList<CategoryDto>>, IAllowAnonymous;

internal sealed class GetCategoriesQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetCategoriesQuery, IReadOnlyList<CategoryDto>>
{
    public async ValueTask<IReadOnlyList<CategoryDto>> Handle(GetCategoriesQuery query, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking()
            .OrderBy(c => c.Position)
            .ThenBy(c => c.Name)
            .ProjectToType<CategoryDto>()
            .ToListAsync(cancellationToken);
}
