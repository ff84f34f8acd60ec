using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Tracking;
using KnowledgePay.Recommender.Serving;
using Mediator;

namespace KnowledgePay.Application.Recommendations.Queries.GetPredictedRatingsByCourseIds;

/// <summary>
/// The stars the served model's explicit-rating predictor expects the caller to give each course. Courses without a
/// prediction (no predictor, or neither ratings nor behaviour of the caller, or no ratings of the course), anonymous
/// callers and callers without personalisation consent get none. One consent read per batch; the predictions come from
/// the model in memory.
/// </summary>
public sealed record GetPredictedRatingsByCourseIdsQuery(IReadOnlyCollection<Guid> CourseIds)
    : IQuery<IReadOnlyDictionary<Guid, float?>>, IAllowAnonymous;

internal sealed class GetPredictedRatingsByCourseIdsQueryHandler(IApplicationDbContext db, ICurrentUser user, RecommenderModelHolder holder)
    : IQueryHandler<GetPredictedRatingsByCourseIdsQuery, IReadOnlyDictionary<Guid, float?>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, float?>> Handle(GetPredictedRatingsByCourseIdsQuery query, CancellationToken cancellationToken)
    {
        var predictions = new Dictionary<Guid, float?>();
        if (user.Id is not { } userId || holder.Current?.Ratings is not { } ratings
            || !await db.AllowsTrackingAsync(userId, cancellationToken))
        {
            return predictions;
        }

        foreach (var courseId in query.CourseIds)
        {
            if (ratings.Predict(ProfileFeatures.Key(userId), ProfileFeatures.Key(courseId)) is { } stars)
            {
                predictions[courseId] = stars;
            }
        }

        return predictions;
    }
}
