using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Profiles.Queries;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfileOptions = KnowledgePay.Application.Profiles.ProfileOptions;

namespace KnowledgePay.Application.Recommendations.Queries.GetRecommendations;

/// <summary>
/// Courses for the caller, best first, paged by rank. A consenting user is scored from their profile as it is now
/// (new events and chosen interests count at once, without retraining), turned towards the courses they acted on since
/// the model was trained (<see cref="FreshBehaviourBlend"/>) and, while their history is short, blended with what is
/// popular and matches their stated interests (<see cref="NewLearnerBlend"/>) and with what learners on the same platform
/// at the same time of day (<c>Analytics:TimeZone</c>) take; anonymous callers and users without consent
/// get what is popular. A running recommender experiment may set a consenting user's strategy, blend and the algorithm
/// whose model serves them (<see cref="IRecommenderSettingsSource"/>; until that arm's model is trained, the served model
/// stands in, which is logged). Owned and unpublished courses never appear.
/// </summary>
public sealed record GetRecommendationsQuery(int First, string? After, RecommendationContext Context)
    : IQuery<Page<RecommendedCourseDto>>, IAllowAnonymous
{
    /// <summary>Courses of one category a list holds while others still have candidates (a category context lifts it).</summary>
    public const int MaxPerCategory = 3;
}

internal sealed class GetRecommendationsQueryHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    RecommenderModelHolder holder,
    ArmModelHolder arms,
    IRecommenderSettingsSource settingsSource,
    IOptions<ProfileOptions> options,
    IOptions<AnalyticsOptions> analyticsOptions,
    IClientPlatform client,
    TimeProvider clock,
    ILogger<GetRecommendationsQueryHandler> logger)
    : IQueryHandler<GetRecommendationsQuery, Page<RecommendedCourseDto>>
{
    public async ValueTask<Page<RecommendedCourseDto>> Handle(GetRecommendationsQuery query, CancellationToken cancellationToken)
    {
        var offset = RecommendationCursor.Offset(query.After);
        if (holder.Current is not { } servedModel)
        {
            return new Page<RecommendedCourseDto>([], false, offset > 0, 0);
        }

        var userId = currentUser.Id;
        var now = clock.GetUtcNow();
        var portrait = userId is { } id ? await db.PortraitAsync(id, options.Value, now, cancellationToken) : null;
        var owned = await db.OwnedCoursesAsync(userId, now, cancellationToken);
        var request = new RecommendationRequest(
            UserFeatures.None(string.Empty),
            offset + query.First,
            owned.Select(course => ProfileFeatures.Key(course.CourseId)).ToHashSet(StringComparer.Ordinal),
            await db.UnpublishedCourseKeysAsync(cancellationToken),
            query.Context.CategoryId is null ? GetRecommendationsQuery.MaxPerCategory : offset + query.First,
            query.Context.Eligibility());
        var settings = portrait is { PersonalisationConsent: true }
            ? await settingsSource.SettingsForAsync(portrait.UserId, cancellationToken)
            : null;
        var model = ModelFor(settings?.Algorithm, servedModel);
        var picks = settings is { Strategy: RecommendationStrategy.Personalised }
            ? TopKRecommender.Recommend(model, request with
            {
                User = Features(portrait!, owned),
                FreshCourses = await db.FreshCoursesAsync(portrait!.UserId, model.TrainedAt, now, cancellationToken),
                FreshShare = settings.FreshShare,
                NewLearnerBlend = settings.NewLearnerBlend,
                Context = new ServingContext(client.Platform.Name(), Daypart.At(now, analyticsOptions.Value.Zone)),
                InteractionCount = await db.InteractedCourseCountAsync(portrait!.UserId, owned.Select(course => course.CourseId), cancellationToken),
            })
            : TopKRecommender.Popular(model, request);

        var page = await db.DescribeAsync([.. picks.Skip(offset)], cancellationToken);
        var total = model.Courses.Count(request.Admits);
        return new Page<RecommendedCourseDto>(
            [.. page.Select((pick, index) => new Edge<RecommendedCourseDto>(pick, RecommendationCursor.Encode(offset + index + 1)))],
            offset + page.Count < Math.Min(total, RecommendationCursor.MaxOffset),
            offset > 0,
            total);
    }

    /// <summary>The model trained with the experiment arm's <paramref name="algorithm"/>, else the served one.</summary>
    private RecommenderModel ModelFor(RecommenderAlgorithm? algorithm, RecommenderModel served)
    {
        if (algorithm is not { } armAlgorithm || armAlgorithm == arms.ServedAlgorithm)
        {
            return served;
        }

        if (arms.For(armAlgorithm) is { } arm)
        {
            return arm;
        }

        logger.LogWarning(
            "No {Algorithm} model is trained yet for the experiment arm; serving the {Served} model {Version} until the next training.",
            armAlgorithm, arms.ServedAlgorithm, served.Version);
        return served;
    }

    private static UserFeatures Features(UserPortraitDto portrait, List<(Guid CourseId, Guid CreatorId)> owned) =>
        ProfileFeatures.User(
            portrait.UserId,
            portrait.Interests.Select(interest => (interest.Id, interest.Score)),
            portrait.Categories.Select(category => (category.Id, category.Score)),
            owned.Select(course => course.CreatorId),
            new Demographics(portrait.Gender, portrait.AgeBand, portrait.Occupation, portrait.City),
            portrait.PriceBand);
}
