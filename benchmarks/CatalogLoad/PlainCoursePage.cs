using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Catalog.Queries.GetCategoriesByIds;
using KnowledgePay.Application.Catalog.Queries.GetCourses;
using KnowledgePay.Application.Catalog.Queries.GetCreatorsByIds;
using KnowledgePay.Application.Catalog.Queries.GetTagsByCourseIds;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using Mediator;

namespace KnowledgePay.CatalogLoad;

/// <summary>
/// What <c>courses(first: n) { nodes { id title price creator { name } category { name } tags { name } } }</c>
/// returns, built by hand: the page, then one batched query per relationship, as the GraphQL loaders do.
/// </summary>
internal static class PlainCoursePage
{
    private static readonly HashSet<string> Selection =
        [nameof(CourseDto.Title), nameof(CourseDto.PriceFen), nameof(CourseDto.CreatorId), nameof(CourseDto.CategoryId)];

    public static async Task<IResult> GetAsync(ISender sender, CancellationToken cancellationToken, int first = 20)
    {
        var page = await sender.Send(
            new GetCoursesQuery(new QueryContext<CourseDto>(Page: new PageRequest(First: first), Selection: Selection)),
            cancellationToken);
        var courses = page.Edges.Select(e => e.Node).ToList();
        var creators = await sender.Send(new GetCreatorsByIdsQuery([.. courses.Select(c => c.CreatorId).Distinct()]), cancellationToken);
        var categories = await sender.Send(new GetCategoriesByIdsQuery([.. courses.Select(c => c.CategoryId).Distinct()]), cancellationToken);
        var tags = await sender.Send(new GetTagsByCourseIdsQuery([.. courses.Select(c => c.Id)]), cancellationToken);

        var nodes = courses.Select(c => new
        {
            id = c.Id,
            title = c.Title,
            price = c.PriceFen,
            creator = new { name = creators.GetValueOrDefault(c.CreatorId)?.Name },
            category = new { name = categories.GetValueOrDefault(c.CategoryId)?.Name },
            tags = tags.GetValueOrDefault(c.Id, []).Select(t => new { name = t.Name }),
        });
        return Results.Json(new { data = new { courses = new { nodes } } });
    }
}
