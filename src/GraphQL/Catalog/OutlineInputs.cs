using GraphQL.Types;
using KnowledgePay.Application.Catalog.Commands.AddChapter;
using KnowledgePay.Application.Catalog.Commands.AddLesson;
using KnowledgePay.Application.Catalog.Commands.EditLesson;
using KnowledgePay.Application.Catalog.Commands.MoveChapter;
using KnowledgePay.Application.Catalog.Commands.MoveLesson;
using KnowledgePay.Application.Catalog.Commands.RemoveChapter;
using KnowledgePay.Application.Catalog.Commands.RemoveLesson;
using KnowledgePay.Application.Catalog.Commands.RenameChapter;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Catalog;

internal sealed class AddChapterInputGraphType : InputObjectGraphType<AddChapterCommand>
{
    public AddChapterInputGraphType()
    {
        Name = "AddChapterInput";
        this.IdField("courseId", CourseGraphType.TypeName);
        Field(c => c.Title).Description("1 to 120 characters.");
    }
}

internal sealed class RenameChapterInputGraphType : InputObjectGraphType<RenameChapterCommand>
{
    public RenameChapterInputGraphType()
    {
        Name = "RenameChapterInput";
        this.IdField("chapterId", "Chapter");
        Field(c => c.Title).Description("1 to 120 characters.");
    }
}

internal sealed class MoveChapterInputGraphType : InputObjectGraphType<MoveChapterCommand>
{
    public MoveChapterInputGraphType()
    {
        Name = "MoveChapterInput";
        this.IdField("chapterId", "Chapter");
        Field(c => c.Position).Description("The chapter's new place, from 0; the other chapters shift.");
    }
}

internal sealed class RemoveChapterInputGraphType : InputObjectGraphType<RemoveChapterCommand>
{
    public RemoveChapterInputGraphType()
    {
        Name = "RemoveChapterInput";
        this.IdField("chapterId", "Chapter").Description("The chapter to remove with all its lessons.");
    }
}

internal sealed class LessonContentInputGraphType : InputObjectGraphType<LessonContent>
{
    public LessonContentInputGraphType()
    {
        Name = "LessonContentInput";
        Description = "Everything a lesson holds; body and media are paid content, shown only to learners who own the course.";
        Field(c => c.Title).Description("1 to 120 characters.");
        Field<NonNullGraphType<LessonKindGraphType>>("kind").Description("How the lesson is delivered.");
        Field(c => c.DurationSeconds).Description("0 to 86400 seconds.");
        Field(c => c.IsFreePreview).Description("Whether anyone may open it before buying.");
        Field(c => c.Body, nullable: true).Description("The article text or show notes.");
        Field(c => c.MediaUrl, nullable: true).Description("The audio or video, an absolute http(s) URL.");
    }
}

internal sealed class AddLessonInputGraphType : InputObjectGraphType<AddLessonCommand>
{
    public AddLessonInputGraphType()
    {
        Name = "AddLessonInput";
        this.IdField("chapterId", "Chapter").Description("The chapter to append the lesson to.");
        Field<NonNullGraphType<LessonContentInputGraphType>>("content");
    }
}

internal sealed class EditLessonInputGraphType : InputObjectGraphType<EditLessonCommand>
{
    public EditLessonInputGraphType()
    {
        Name = "EditLessonInput";
        this.IdField("lessonId", "Lesson");
        Field<NonNullGraphType<LessonContentInputGraphType>>("content").Description("Replaces all of the lesson's content.");
    }
}

internal sealed class MoveLessonInputGraphType : InputObjectGraphType<MoveLessonCommand>
{
    public MoveLessonInputGraphType()
    {
        Name = "MoveLessonInput";
        this.IdField("lessonId", "Lesson");
        this.IdField("chapterId", "Chapter").Description("The chapter to move it into: its own, or another of the same course.");
        Field(c => c.Position).Description("Its new place in that chapter, from 0.");
    }
}

internal sealed class RemoveLessonInputGraphType : InputObjectGraphType<RemoveLessonCommand>
{
    public RemoveLessonInputGraphType()
    {
        Name = "RemoveLessonInput";
        this.IdField("lessonId", "Lesson");
    }
}
