using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Comments;

namespace KnowledgePay.Application.Comments.Queries.GetLessonComments;

/// <summary>lesson.comments pages newest comment first and offers no filter or other order.</summary>
internal static class LessonCommentsQuerySchema
{
    public static FilterSchema<LessonComment> Filter { get; } = new("LessonComment");

    public static SortSchema<LessonComment> Sort { get; } = new SortSchema<LessonComment>("LessonComment").Field("createdAt", c => c.CreatedAt);

    public static IReadOnlyList<SortField> NewestFirst { get; } = [new("createdAt", SortDirection.Descending)];
}
