using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Analytics.Courses;
using KnowledgePay.Domain.Analytics;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Analytics.Courses;

internal static class CourseStatisticsQueries
{
    public static void AddTo(ObjectGraphType<object?> query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseStatisticsGraphType>>>>("topCourses")
            .Description("Admins: the catalogue's courses ranked by a measure within the range, highest first.")
            .RangeArgumentOf()
            .Argument<NonNullGraphType<CourseRankingGraphType>>("by", "The measure (default GMV).", a => a.DefaultValue = CourseRanking.Gmv)
            .Argument<NonNullGraphType<IntGraphType>>(
                "first", $"How many courses, 1 to {CourseAnalyticsLimits.MaxTopCourses} (default {GetTopCoursesQuery.DefaultFirst}).", a => a.DefaultValue = GetTopCoursesQuery.DefaultFirst)
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetTopCoursesQuery(ctx.GetRange(), ctx.GetArgument<CourseRanking>("by"), ctx.GetArgument<int>("first"))));

        query.Field<NonNullGraphType<CourseStatisticsGraphType>>("courseStatistics")
            .Description("Admins: one course's reach, sales, refunds, ratings and learning within the range.")
            .Argument<NonNullGraphType<IdGraphType>>("courseId", arg =>
            {
                arg.Description = "The course's global id.";
                arg.ParseValue(GlobalId.ParserFor(CourseGraphType.TypeName));
            })
            .RangeArgumentOf()
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetCourseStatisticsQuery(ctx.GetArgument<Guid>("courseId"), ctx.GetRange())));
    }
}
