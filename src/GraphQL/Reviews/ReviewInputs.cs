using GraphQL.Types;
using KnowledgePay.Application.Reviews.Commands.EditReview;
using KnowledgePay.Application.Reviews.Commands.ReplyToReview;
using KnowledgePay.Application.Reviews.Commands.ReviewCourse;
using KnowledgePay.Application.Reviews.Commands.VoteReviewHelpful;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Reviews;

internal sealed class ReviewCourseInputGraphType : InputObjectGraphType<ReviewCourseCommand>
{
    public ReviewCourseInputGraphType()
    {
        Name = "ReviewCourseInput";
        this.IdField("courseId", CourseGraphType.TypeName);
        Field(c => c.Stars).Description("1 to 5.");
        Field(c => c.Text, nullable: true).Description("Optional words, at most 2000 characters; screened before they are shown.");
    }
}

internal sealed class EditReviewInputGraphType : InputObjectGraphType<EditReviewCommand>
{
    public EditReviewInputGraphType()
    {
        Name = "EditReviewInput";
        this.IdField("reviewId", ReviewGraphType.TypeName);
        Field(c => c.Stars).Description("1 to 5.");
        Field(c => c.Text, nullable: true).Description("The new words (null or empty for none); changed text is screened again.");
    }
}

internal sealed class ReplyToReviewInputGraphType : InputObjectGraphType<ReplyToReviewCommand>
{
    public ReplyToReviewInputGraphType()
    {
        Name = "ReplyToReviewInput";
        this.IdField("reviewId", ReviewGraphType.TypeName);
        Field(c => c.Text).Description("The answer, 1 to 1000 characters; replaces an earlier one.");
    }
}

internal sealed class VoteReviewHelpfulInputGraphType : InputObjectGraphType<VoteReviewHelpfulCommand>
{
    public VoteReviewHelpfulInputGraphType()
    {
        Name = "VoteReviewHelpfulInput";
        this.IdField("reviewId", ReviewGraphType.TypeName);
    }
}
