using GraphQL.Types;
using KnowledgePay.Application.Reviews.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Reviews;

internal sealed class ReviewGraphType : ObjectGraphType<ReviewDto>
{
    public const string TypeName = "Review";

    public ReviewGraphType()
    {
        Description = "A learner's rating of a course, 1 to 5 stars, with optional text; one per learner and course.";
        this.ImplementNode(TypeName, r => r.Id, (ctx, id) => ctx.Loader<ReviewByIdLoader>().LoadAsync(id));
        Field<NonNullGraphType<CourseGraphType>>("course")
            .Description("The course reviewed.")
            .Resolve(ctx => ctx.Loader<CourseByIdLoader>().LoadAsync(ctx.Source.CourseId));
        Field(r => r.Stars).Description("1 to 5.");
        Field(r => r.Text, nullable: true).Description("What the learner wrote; null for a rating without words.");
        Field<NonNullGraphType<ReviewStatusGraphType>>("status")
            .Description("VISIBLE for everyone; the author also sees their own HELD or HIDDEN review.")
            .Resolve(ctx => ctx.Source.Status);
        Field(r => r.HelpfulCount).Description("How many other users found it helpful.");
        Field<NonNullGraphType<BooleanGraphType>>("viewerFoundHelpful")
            .Description("Whether the signed-in caller voted it helpful; false for an anonymous caller.")
            .Resolve(ctx => ctx.Loader<HelpfulVoteByReviewIdLoader>().LoadAsync(ctx.Source.Id).Then(voted => voted));
        Field<NonNullGraphType<BooleanGraphType>>("isMine")
            .Description("Whether the signed-in caller wrote it.")
            .Resolve(ctx => ctx.Source.IsMine);
        Field(r => r.CreatedAt).Description("When it was first submitted.");
        Field(r => r.EditedAt, nullable: true).Description("When its author last edited it.");
        Field<ReviewReplyGraphType>("reply")
            .Description("The creator's (or an admin's) answer; null when there is none the caller may see.")
            .Resolve(ctx => ctx.Source.Reply);
    }
}

internal sealed class ReviewReplyGraphType : ObjectGraphType<ReviewReplyDto>
{
    public ReviewReplyGraphType()
    {
        Name = "ReviewReply";
        Description = "The course creator's (or an admin's) answer to a review; one per review, editable.";
        this.GlobalIdField(Name, r => r.Id);
        Field(r => r.Text).Description("The answer.");
        Field<NonNullGraphType<ReviewStatusGraphType>>("status")
            .Description("VISIBLE for everyone; its author also sees it HELD or HIDDEN.")
            .Resolve(ctx => ctx.Source.Status);
        Field(r => r.CreatedAt).Description("When it was first written.");
        Field(r => r.EditedAt, nullable: true).Description("When it was last rewritten.");
    }
}
