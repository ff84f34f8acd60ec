using System.Text.Json;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Learning;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Reviews;

/// <summary>Learners with access to a paid course (granted by the admin, as a purchase would), and the review mutations they call.</summary>
public abstract class ReviewsTest(KnowledgePayApp app) : LearningTest(app)
{
    public const string ReviewFields = "id stars text status helpfulCount viewerFoundHelpful isMine editedAt reply { text status }";
    public const string Failure = "errors { __typename ... on Error { code } }";

    /// <summary>Signs in <paramref name="openId"/> (a simulator user, so msgSecCheck knows them) and grants them the course.</summary>
    protected async Task<Session> LearnerWithAccessAsync(Session admin, Course course, string openId)
    {
        var learner = await SignInAsync(openId);
        Assert.Empty((await GrantAsync(admin, learner.UserId, course.Id)).PayloadErrors());
        return learner;
    }

    protected static async Task<JsonElement> ReviewAsync(Session learner, Guid courseId, int stars, string? text = null) =>
        (await learner.Client.QueryAsync(
            $"mutation($input: ReviewCourseInput!) {{ reviewCourse(input: $input) {{ review {{ {ReviewFields} }} {Failure} }} }}",
            new { input = new { courseId = GlobalId.Encode("Course", courseId), stars, text } })).GetProperty("reviewCourse");

    protected static async Task<JsonElement> EditAsync(Session learner, string reviewId, int stars, string? text = null) =>
        (await learner.Client.QueryAsync(
            $"mutation($input: EditReviewInput!) {{ editReview(input: $input) {{ review {{ {ReviewFields} }} {Failure} }} }}",
            new { input = new { reviewId, stars, text } })).GetProperty("editReview");

    protected static async Task<GraphQLResponse> ReplyAsync(HttpClient client, string reviewId, string text) =>
        await client.PostGraphQLAsync(
            $"mutation($input: ReplyToReviewInput!) {{ replyToReview(input: $input) {{ review {{ {ReviewFields} }} {Failure} }} }}",
            new { input = new { reviewId, text } });

    protected static async Task<GraphQLResponse> VoteAsync(HttpClient client, string reviewId) =>
        await client.PostGraphQLAsync(
            $"mutation($input: VoteReviewHelpfulInput!) {{ voteReviewHelpful(input: $input) {{ helpful review {{ {ReviewFields} }} {Failure} }} }}",
            new { input = new { reviewId } });

    protected static string IdOf(JsonElement payload) => payload.GetProperty("review").GetProperty("id").GetString()!;

    protected Task<RatingSummary> RatingAsync(Guid courseId) =>
        App.ReadAsync(db => db.Courses.AsNoTracking().Where(c => c.Id == courseId).Select(c => c.Rating).SingleAsync());

    protected Task<int> ReviewCountAsync() => App.ReadAsync(db => db.Reviews.CountAsync());

    /// <summary>A moderator's decision, as the moderation feature raises it, published in a transaction of its own.</summary>
    protected async Task ModerateAsync(string reviewId, ModerationStatus status)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        IDomainEvent decided = new ContentModeratedEvent(ModeratedContentKind.Review, GlobalId.Decode(reviewId).Id, status, Guid.NewGuid());
        await scope.ServiceProvider.GetRequiredService<IPublisher>().PublishDomainEventAsync(decided, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
