using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Reviews.ReviewErrors;

namespace KnowledgePay.GraphQL.Reviews;

internal sealed class ReviewNotEntitledErrorGraphType() : CodedErrorGraphType(
    "ReviewNotEntitledError", NotEntitledCode, "The caller has no access to the course (never bought it, or was refunded), so may not review it.");

internal sealed class ReviewAlreadyExistsErrorGraphType() : CodedErrorGraphType(
    "ReviewAlreadyExistsError", AlreadyReviewedCode, "The caller has reviewed the course already; editReview changes that review.");

internal sealed class ReviewNotFoundErrorGraphType() : CodedErrorGraphType(
    "ReviewNotFoundError", NotFoundCode, "No review the caller may see has this id.");

internal sealed class ReviewNotAuthorErrorGraphType() : CodedErrorGraphType(
    "ReviewNotAuthorError", NotAuthorCode, "Only the review's author may edit it.");

internal sealed class ReviewInvalidStarsErrorGraphType() : CodedErrorGraphType(
    "ReviewInvalidStarsError", InvalidStarsCode, "A rating is 1 to 5 stars.");

internal sealed class ReviewInvalidTextErrorGraphType() : CodedErrorGraphType(
    "ReviewInvalidTextError", InvalidTextCode, "The text is too long (or, for a reply, empty).");

internal sealed class ReviewReplyNotAllowedErrorGraphType() : CodedErrorGraphType(
    "ReviewReplyNotAllowedError", ReplyNotAllowedCode, "Only the course's creator or an admin may reply to its reviews.");

internal sealed class ReviewOwnVoteErrorGraphType() : CodedErrorGraphType(
    "ReviewOwnVoteError", OwnReviewVoteCode, "Authors cannot vote their own review helpful.");
