using GraphQL.Types;
using KnowledgePay.Application.Analytics.Courses;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Analytics.Courses;

internal sealed class CourseStatisticsGraphType : ObjectGraphType<CourseStatisticsDto>
{
    public CourseStatisticsGraphType()
    {
        Name = "CourseStatistics";
        Description = "A course's reach, sales, refunds, ratings and learning within a range; rates are null without a denominator.";
        Field<NonNullGraphType<CourseGraphType>>("course")
            .Resolve(ctx => ctx.Loader<CourseByIdLoader>().LoadAsync(ctx.Source.CourseId).Then(course => course!));
        Field(s => s.Views).Description("View events of the course.");
        Field(s => s.Viewers).Description("Distinct users with a view event of the course.");
        Field(s => s.Buyers).Description("Distinct users who paid an order with a line for the course.");
        Field(s => s.ConversionRate, nullable: true).Description("Buyers per viewer.");
        Field(s => s.GmvFen).Description("What paid orders were charged for the course's own lines, in fen (bundles carry no share per course).");
        Field(s => s.RefundedFen).Description("What refunds that succeeded within the range gave back on the course's lines, in fen.");
        Field(s => s.Refunds).Description("Refunds that succeeded within the range and touched the course's lines.");
        Field(s => s.RefundRate, nullable: true).Description("Refunded fen per GMV fen.");
        Field(s => s.AverageRating, nullable: true).Description("Average stars of the visible reviews submitted within the range.");
        Field(s => s.Ratings).Description("Visible reviews submitted within the range.");
        Field(s => s.Learners).Description("Learners granted the course within the range (bought, gifted, redeemed or granted) who still hold it.");
        Field(s => s.CompletionRate, nullable: true).Description("The share of those learners who have completed every lesson.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LessonDropOffGraphType>>>>("dropOff")
            .Description("The course's lessons in outline order with how far its learners got.")
            .Resolve(ctx => ctx.Loader<LessonDropOffsByCourseLoader>().LoadAsync(new CourseInRange(ctx.Source.CourseId, ctx.Source.Range))
                .Then(lessons => lessons ?? []));
    }
}
