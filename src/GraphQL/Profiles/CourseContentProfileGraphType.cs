using GraphQL.Types;
using KnowledgePay.Application.Profiles.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Profiles;

internal sealed class CourseContentProfileGraphType : ObjectGraphType<CourseContentProfileDto>
{
    public CourseContentProfileGraphType()
    {
        Name = "CourseContentProfile";
        Description = "What a course is, for matching it to learners.";
        Field<NonNullGraphType<IdGraphType>>("categoryId").Resolve(ctx => GlobalId.Encode("Category", ctx.Source.CategoryId));
        Field<NonNullGraphType<IdGraphType>>("creatorId").Resolve(ctx => GlobalId.Encode("Creator", ctx.Source.CreatorId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("tagIds")
            .Resolve(ctx => ctx.Source.TagIds.Select(id => GlobalId.Encode(TagGraphType.TypeName, id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LessonKindGraphType>>>>("lessonKinds")
            .Description("The distinct kinds of its lessons.")
            .Resolve(ctx => ctx.Source.LessonKinds);
        Field<NonNullGraphType<PriceBandGraphType>>("priceBand").Resolve(ctx => ctx.Source.PriceBand);
        Field(p => p.Popularity).Description("Every learner's recent events on it, weighted by kind and faded by age.");
        Field(p => p.RatingAverage).Description("Average stars, 0 before the first rating.");
        Field(p => p.RatingCount).Description("How many learners rated it.");
    }
}
