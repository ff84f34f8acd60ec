using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.GraphQL.Comments;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Learning;

namespace KnowledgePay.GraphQL.Catalog;

internal sealed class LessonGraphType : ObjectGraphType<LessonDto>
{
    public const string TypeName = "Lesson";

    public LessonGraphType()
    {
        Name = TypeName;
        Description = "A lesson of a course: its outline for everyone, its body and media for those the lesson opens to.";
        this.GlobalIdField(Name, l => l.Id);
        Field(l => l.Title).Description("The lesson title.");
        Field<NonNullGraphType<LessonKindGraphType>>("kind")
            .Description("How the lesson is delivered.")
            .Resolve(ctx => ctx.Source.Kind);
        Field(l => l.DurationSeconds).Description("How long the lesson runs, in seconds.");
        Field(l => l.IsFreePreview).Description("Whether anyone may open the lesson before buying the course.");
        Field(l => l.Position).Description("The lesson's place in its chapter, from 0.");
        LessonContentFields.AddTo(this);
        LessonCommentFields.AddTo(this);
    }
}
