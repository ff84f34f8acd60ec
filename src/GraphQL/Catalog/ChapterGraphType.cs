using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Catalog;

internal sealed class ChapterGraphType : ObjectGraphType<ChapterDto>
{
    public ChapterGraphType()
    {
        Name = "Chapter";
        Description = "A group of lessons within a course.";
        this.GlobalIdField(Name, c => c.Id);
        Field(c => c.Title).Description("The chapter title.");
        Field(c => c.Position).Description("The chapter's place in the course, from 0.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LessonGraphType>>>>("lessons")
            .Description("The chapter's lessons in order.")
            .Resolve(ctx => ctx.Source.Lessons);
    }
}
