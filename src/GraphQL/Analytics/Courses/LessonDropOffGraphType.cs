using GraphQL.Types;
using KnowledgePay.Application.Analytics.Courses;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Analytics.Courses;

internal sealed class LessonDropOffGraphType : ObjectGraphType<LessonDropOffDto>
{
    public LessonDropOffGraphType()
    {
        Name = "LessonDropOff";
        Description = "How far the learners granted a course within the range got through one of its lessons (progress as it stands now).";
        Field<NonNullGraphType<LessonGraphType>>("lesson")
            .Resolve(ctx => ctx.Loader<ChaptersByCourseIdLoader>().LoadAsync(ctx.Source.CourseId)
                .Then(chapters => chapters!.SelectMany(c => c.Lessons).Single(l => l.Id == ctx.Source.LessonId)));
        Field(d => d.Position).Description("The lesson's place in the course's outline, from 0: chapters in order, then lessons in order.");
        Field(d => d.Started).Description("Learners who opened the lesson or reported progress in it.");
        Field(d => d.Completed).Description("Learners who completed the lesson.");
        Field(d => d.StoppedHere).Description("Learners whose furthest started lesson this is and who have not completed every lesson: where learners stop.");
    }
}
