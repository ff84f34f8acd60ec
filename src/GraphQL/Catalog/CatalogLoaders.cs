using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Catalog.Queries.GetCategoriesByIds;
using KnowledgePay.Application.Catalog.Queries.GetChaptersByCourseIds;
using KnowledgePay.Application.Catalog.Queries.GetCoursesByIds;
using KnowledgePay.Application.Catalog.Queries.GetCreatorsByIds;
using KnowledgePay.Application.Catalog.Queries.GetTagsByCourseIds;
using KnowledgePay.Application.Catalog.Queries.GetTagsByIds;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Catalog;

public sealed class CourseByIdLoader(QueryScope scope)
    : BatchLoader<Guid, CourseDto>(scope, ids => new GetCoursesByIdsQuery(ids));

public sealed class CreatorByIdLoader(QueryScope scope)
    : BatchLoader<Guid, CreatorDto>(scope, ids => new GetCreatorsByIdsQuery(ids));

public sealed class CategoryByIdLoader(QueryScope scope)
    : BatchLoader<Guid, CategoryDto>(scope, ids => new GetCategoriesByIdsQuery(ids));

public sealed class TagByIdLoader(QueryScope scope)
    : BatchLoader<Guid, TagDto>(scope, ids => new GetTagsByIdsQuery(ids));

public sealed class TagsByCourseIdLoader(QueryScope scope)
    : BatchLoader<Guid, IReadOnlyList<TagDto>>(scope, ids => new GetTagsByCourseIdsQuery(ids));

public sealed class ChaptersByCourseIdLoader(QueryScope scope)
    : BatchLoader<Guid, IReadOnlyList<ChapterDto>>(scope, ids => new GetChaptersByCourseIdsQuery(ids));
