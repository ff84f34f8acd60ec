using GraphQL.Types;
using KnowledgePay.Application.Learning.Commands.GrantCourseAccess;
using KnowledgePay.Application.Learning.Commands.RevokeCourseAccess;
using KnowledgePay.Application.Learning.Commands.UpdateLessonProgress;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Learning;

internal sealed class UpdateLessonProgressInputGraphType : InputObjectGraphType<UpdateLessonProgressCommand>
{
    public UpdateLessonProgressInputGraphType()
    {
        Name = "UpdateLessonProgressInput";
        this.IdField("lessonId", LessonGraphType.TypeName);
        Field(c => c.Percent).Description("How much of the lesson the caller has studied, 0 to 100; a lower value than before is ignored.");
        Field(c => c.PositionSeconds).Description("Where the caller stopped, in seconds from the start.");
        Field(c => c.Completed, nullable: true).DefaultValue(false).Description("Marks the lesson completed whatever the percent.");
    }
}

internal sealed class GrantCourseAccessInputGraphType : InputObjectGraphType<GrantCourseAccessCommand>
{
    public GrantCourseAccessInputGraphType()
    {
        Name = "GrantCourseAccessInput";
        this.IdField("userId", CreateCreatorInputGraphType.UserTypeName);
        this.IdField("courseId", CourseGraphType.TypeName);
    }
}

internal sealed class RevokeCourseAccessInputGraphType : InputObjectGraphType<RevokeCourseAccessCommand>
{
    public RevokeCourseAccessInputGraphType()
    {
        Name = "RevokeCourseAccessInput";
        this.IdField("userId", CreateCreatorInputGraphType.UserTypeName);
        this.IdField("courseId", CourseGraphType.TypeName);
    }
}
