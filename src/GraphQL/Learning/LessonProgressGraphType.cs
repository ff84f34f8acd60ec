using GraphQL.Types;
using KnowledgePay.Application.Learning.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Learning;

internal sealed class LessonProgressGraphType : ObjectGraphType<LessonProgressDto>
{
    public LessonProgressGraphType()
    {
        Name = "LessonProgress";
        Description = "How far the caller has got in one lesson.";
        Field<NonNullGraphType<IdGraphType>>("lessonId")
            .Description("The global id of the lesson.")
            .Resolve(ctx => GlobalId.Encode(LessonGraphType.TypeName, ctx.Source.LessonId));
        Field(p => p.Percent).Description("0 to 100; never goes down.");
        Field(p => p.PositionSeconds).Description("Where the caller stopped last, in seconds from the start.");
        Field(p => p.CompletedAt, nullable: true).Description("When the lesson was first completed.");
        Field(p => p.UpdatedAt).Description("When progress was last reported.");
    }
}
