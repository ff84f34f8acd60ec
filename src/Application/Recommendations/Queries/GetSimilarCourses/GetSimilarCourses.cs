using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using Mediator;

namespace KnowledgePay.Application.Recommendations.Queries.GetSimilarCourses;

/// <summary>The first <paramref name="First"/> courses like course <paramref name="CourseId"/>.</summary>
public sealed record SimilarCoursesKey(Guid CourseId, int First);

/// <summary>
/// Courses whose model vectors point the same way, for each asked course (the batch behind <c>course.similarCourses</c>):
/// published ones only, never one the caller owns. Empty lists before the first training or for a course the model
/// has not seen yet.
/// </summary>
public sealed record GetSimilarCoursesQuery(IReadOnlyCollection<SimilarCoursesKey> Keys)
    : IQuery<IReadOnlyDictionary<SimilarCoursesKey, IReadOnlyList<RecommendedCourseDto>>>, IAllowAnonymous;

internal sealed class GetSimilarCoursesQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, RecommenderModelHolder holder, TimeProvider clock)
    : IQueryHandler<GetSimilarCoursesQuery, IReadOnlyDictionary<SimilarCoursesKey, IReadOnlyList<RecommendedCourseDto>>>
{
    public async ValueTask<IReadOnlyDictionary<SimilarCoursesKey, IReadOnlyList<RecommendedCourseDto>>> Handle(
        GetSimilarCoursesQuery query, CancellationToken cancellationToken)
    {
        if (holder.Current is not { } model)
        {
            return query.Keys.ToDictionary(key => key, _ => (IReadOnlyList<RecommendedCourseDto>)[]);
        }

        var owned = await db.OwnedCoursesAsync(currentUser.Id, clock.GetUtcNow(), cancellationToken);
        var request = new RecommendationRequest(
            UserFeatures.None(string.Empty),
            0,
            owned.Select(course => ProfileFeatures.Key(course.CourseId)).ToHashSet(StringComparer.Ordinal),
            await db.UnpublishedCourseKeysAsync(cancellationToken),
            int.MaxValue);
        var picks = query.Keys
            .Select(key => TopKRecommender.Similar(model, ProfileFeatures.Key(key.CourseId), request with { Count = key.First, MaxPerCategory = key.First }))
            .ToList();

        var described = await db.DescribeAsync([.. picks.SelectMany(list => list)], cancellationToken);
        var start = 0;
        var lists = new Dictionary<SimilarCoursesKey, IReadOnlyList<RecommendedCourseDto>>();
        foreach (var (key, list) in query.Keys.Zip(picks))
        {
            lists[key] = described.GetRange(start, list.Count);
            start += list.Count;
        }

        return lists;
    }
}
