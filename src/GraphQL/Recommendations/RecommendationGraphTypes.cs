using GraphQL.Types;
using KnowledgePay.Application.Recommendations.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.GraphQL.Recommendations;

internal sealed class RecommendedCourseGraphType : ObjectGraphType<RecommendedCourseDto>
{
    public RecommendedCourseGraphType()
    {
        Name = "RecommendedCourse";
        Description = "A course picked for the caller, with the model's score and the reason.";
        Field<NonNullGraphType<CourseGraphType>>("course")
            .Description("The recommended course.")
            .Resolve(ctx => ctx.Loader<CourseByIdLoader>().LoadAsync(ctx.Source.CourseId));
        Field(r => r.Score).Description("The model's score; higher is a better match. Comparable within one list only.");
        Field<NonNullGraphType<RecommendationReasonGraphType>>("reason")
            .Description("Why the course was picked.")
            .Resolve(ctx => ctx.Source.Reason);
    }
}

internal sealed class RecommendationReasonGraphType : ObjectGraphType<RecommendationReasonDto>
{
    public RecommendationReasonGraphType()
    {
        Name = "RecommendationReason";
        Description = "Why a course is recommended: a sentence to show, and the course, tag, category or creator it points at.";
        Field<NonNullGraphType<RecommendationReasonKindGraphType>>("kind").Description("The kind of reason.").Resolve(ctx => ctx.Source.Kind);
        Field(r => r.Text).Description("The reason as a sentence, e.g. \"Because you took Excel 入门\" or \"Popular in #数据分析\".");
        Field<CourseGraphType>("relatedCourse")
            .Description("The owned course the pick is close to (BECAUSE_YOU_TOOK), the recently viewed one (BECAUSE_YOU_VIEWED) or the course it is similar to (SIMILAR_TO).")
            .Resolve(ctx => ctx.Source.RelatedCourseId is { } id ? ctx.Loader<CourseByIdLoader>().LoadAsync(id) : null);
        Field<TagGraphType>("tag")
            .Description("The tag of the interest (MATCHES_YOUR_INTEREST) or of the popularity (POPULAR_IN).")
            .Resolve(ctx => ctx.Source.TagId is { } id ? ctx.Loader<TagByIdLoader>().LoadAsync(id) : null);
        Field<CategoryGraphType>("category")
            .Description("The category, when the interest or popularity is a category rather than a tag.")
            .Resolve(ctx => ctx.Source.CategoryId is { } id ? ctx.Loader<CategoryByIdLoader>().LoadAsync(id) : null);
        Field<CreatorGraphType>("creator")
            .Description("The creator the caller likes (FROM_CREATOR_YOU_FOLLOW).")
            .Resolve(ctx => ctx.Source.CreatorId is { } id ? ctx.Loader<CreatorByIdLoader>().LoadAsync(id) : null);
    }
}

internal sealed class RecommendationReasonKindGraphType : EnumerationGraphType<RecommendationReasonKind>
{
    public RecommendationReasonKindGraphType()
    {
        Name = "RecommendationReasonKind";
        Description = "BECAUSE_YOU_TOOK an owned course, BECAUSE_YOU_VIEWED a course since the last training, MATCHES_YOUR_INTEREST, FROM_CREATOR_YOU_FOLLOW, POPULAR_IN a tag or category, SIMILAR_TO a course.";
    }
}
