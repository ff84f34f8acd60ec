using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Reviews.Queries.GetMyReview;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Reviews;

internal static class ReviewQueries
{
    public static void AddTo(ObjectGraphType<object?> query) =>
        query.Field<ReviewGraphType>("myReview")
            .Description("Signed-in users: their review of the course, whatever its moderation; null when they have not reviewed it.")
            .Argument<NonNullGraphType<IdGraphType>>("courseId", arg =>
            {
                arg.Description = "The course's global id.";
                arg.ParseValue(GlobalId.ParserFor(CourseGraphType.TypeName));
            })
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMyReviewQuery(ctx.GetArgument<Guid>("courseId"))));
}
