using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Learning;

internal static class CourseLearningFields
{
    public static void AddTo(ObjectGraphType<CourseDto> course)
    {
        course.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LessonGraphType>>>>("lessons")
            .Description("Every lesson of the course in outline order (chapter by chapter), e.g. to open the paid ones after buying.")
            .Resolve(ctx => ctx.Loader<ChaptersByCourseIdLoader>().LoadAsync(ctx.Source.Id)
                .Then(chapters => (chapters ?? []).SelectMany(c => c.Lessons).ToList()));
        course.Field<CourseViewerAccessGraphType>("viewerAccess")
            .Description("The signed-in caller's enrollment, access and progress in the course; null for an anonymous caller.")
            .Resolve(ctx => ctx.Loader<CourseAccessByCourseIdLoader>().LoadAsync(ctx.Source.Id));
    }
}
