using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Catalog.Queries.GetCategoriesByIds;
using KnowledgePay.Application.Catalog.Queries.GetChaptersByCourseIds;
using KnowledgePay.Application.Catalog.Queries.GetCoursesByIds;
using KnowledgePay.Application.Catalog.Queries.GetCreatorsByIds;
using KnowledgePay.Application.Catalog.Queries.GetTagsByCourseIds;
using KnowledgePay.Application.Catalog.Queries.GetTagsByIds;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Catalog;

public sealed class CourseByIdLoader(IServiceScopeFactory scopes)
    : BatchLoader<Guid, CourseDto>(scopes, ids => new GetCoursesByIdsQuery(ids));

public sealed class CreatorByIdLoader(IServiceScopeFactory scopes)
    : BatchLoader<Guid, CreatorDto>(scopes, ids => new GetCreatorsByIdsQuery(ids));

public sealed class CategoryByIdLoader(IServiceScopeFactory scopes)
    : BatchLoader<Guid, CategoryDto>(scopes, ids => new GetCategoriesByIdsQuery(ids));

public sealed class TagByIdLoader(IServiceScopeFactory scopes)
    : BatchLoader<Guid, TagDto>(scopes, ids => new GetTagsByIdsQuery(ids));

public sealed class TagsByCourseIdLoader(IServiceScopeFactory scopes)
    : BatchLoader<Guid, IReadOnlyList<TagDto>>(scopes, ids => new GetTagsByCourseIdsQuery(ids));

public sealed class ChaptersByCourseIdLoader(IServiceScopeFactory scopes)
    : BatchLoader<Guid, IReadOnlyList<ChapterDto>>(scopes, ids => new GetChaptersByCourseIdsQuery(ids));
