using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Learning;

/// <summary>
/// A lesson's paid content, resolved for the caller: callers the access rule keeps out get <c>locked: true</c> and null
/// content, never an error, so one query can list a course's open and closed lessons together.
/// </summary>
internal static class LessonContentFields
{
    public static void AddTo(ObjectGraphType<LessonDto> lesson)
    {
        lesson.Field<NonNullGraphType<BooleanGraphType>>("locked")
            .Description("Whether body and media are closed to the caller: true unless a free preview, enrolled, the course's creator or an admin.")
            .Resolve(ctx => ctx.Loader<LessonContentByIdLoader>().LoadAsync(new(ctx.Source.Id, ServesBody: false)).Then(content => content?.Locked ?? true));
        lesson.Field<StringGraphType>("body")
            .Description("The lesson's text; null when locked or when the lesson has none.")
            .Resolve(ctx => ctx.Loader<LessonContentByIdLoader>().LoadAsync(new(ctx.Source.Id, ServesBody: true)).Then(content => content?.Body));
        lesson.Field<LessonMediaGraphType>("media")
            .Description("A signed link to the lesson's media; null when locked or when the lesson has none.")
            .Resolve(ctx => ctx.Loader<LessonContentByIdLoader>().LoadAsync(new(ctx.Source.Id, ServesBody: false)).Then(content => content?.Media));
    }
}
