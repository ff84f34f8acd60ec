using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Profiles;
using KnowledgePay.Application.Profiles.Scoring;
using KnowledgePay.Application.Recommendations;
using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.Recommender.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UserFeatures = KnowledgePay.Recommender.Features.UserFeatures;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// The training set from the database, consenting users only (ADR 7): the published catalogue's content profiles,
/// every user–course interaction of the lookback window (decayed event weights), active enrollments as purchases
/// where no purchase event exists (admin grants, seeded learners), and each user's profile folded from those
/// interactions plus their onboarding interests and demographics, as <see cref="ProfileFeatures"/> builds it at
/// request time, the star ratings of their visible reviews for the explicit-rating predictor, and the events per course
/// by platform and daypart in the operator's time zone (<c>Analytics:TimeZone</c>, ADR 0035). Interactions and users are
/// streamed; only the per-user profile sums are held.
/// </summary>
internal sealed class DatabaseTrainingData(
    IApplicationDbContext db, IOptions<ProfileOptions> profileOptions, IOptions<AnalyticsOptions> analyticsOptions, TimeProvider clock)
    : IRecommenderTrainingData
{
    public async Task<RecommenderTrainingSet> LoadAsync(CancellationToken cancellationToken)
    {
        var options = profileOptions.Value;
        var now = clock.GetUtcNow();
        var profiles = await db.PublishedCourseProfilesAsync(now, options, cancellationToken);
        var courses = profiles.ToDictionary(p => p.CourseId);
        var interactions = new List<Interaction>();
        var sums = new Dictionary<Guid, ProfileSums>();
        var purchased = new HashSet<(Guid UserId, Guid CourseId)>();

        void Add(Guid userId, Guid courseId, double weight, DateTimeOffset at)
        {
            interactions.Add(new Interaction(ProfileFeatures.Key(userId), ProfileFeatures.Key(courseId), (float)weight, at));
            if (courses.TryGetValue(courseId, out var course))
            {
                (sums.TryGetValue(userId, out var sum) ? sum : sums[userId] = new ProfileSums()).Add(course, weight);
            }
        }

        await foreach (var interaction in db.StreamInteractionsAsync(now.AddDays(-options.LookbackDays), now, options, cancellationToken))
        {
            if (interaction.Purchased)
            {
                purchased.Add((interaction.UserId, interaction.CourseId));
            }

            if (interaction.Weight > 0)
            {
                Add(interaction.UserId, interaction.CourseId, interaction.Weight, DateTimeOffset.UnixEpoch.AddDays(interaction.LastDay));
            }
        }

        var enrollments = db.Enrollments.AsNoTracking().ActiveAt(now)
            .Where(e => db.Users.Any(u => u.Id == e.UserId && u.PersonalisationConsent))
            .Select(e => new { e.UserId, e.CourseId, e.GrantedAt })
            .AsAsyncEnumerable();
        var today = BehaviourEvent.DayNumber(now);
        await foreach (var enrollment in enrollments.WithCancellation(cancellationToken))
        {
            if (purchased.Add((enrollment.UserId, enrollment.CourseId)))
            {
                var age = today - BehaviourEvent.DayNumber(enrollment.GrantedAt);
                Add(enrollment.UserId, enrollment.CourseId, EventWeights.Of(BehaviourEventKind.Purchase) * TimeDecay.Factor(age, options.HalfLifeDays), enrollment.GrantedAt);
            }
        }

        var creatorsBought = purchased
            .Where(pair => courses.ContainsKey(pair.CourseId))
            .ToLookup(pair => pair.UserId, pair => courses[pair.CourseId].CreatorId);
        var users = new List<UserFeatures>();
        await foreach (var user in db.StreamUserFeaturesAsync(cancellationToken))
        {
            var sum = sums.GetValueOrDefault(user.UserId) ?? new ProfileSums();
            users.Add(ProfileFeatures.User(
                user.UserId,
                sum.InterestsWith(user.InterestTagIds),
                sum.Categories,
                creatorsBought[user.UserId],
                new Demographics(user.Gender, user.AgeBand, user.Occupation, user.City),
                sum.PriceBand));
        }

        var ratings = await db.Reviews.AsNoTracking()
            .Where(r => r.Status == ModerationStatus.Visible && db.Users.Any(u => u.Id == r.UserId && u.PersonalisationConsent))
            .Select(r => new { r.UserId, r.CourseId, r.Stars })
            .ToListAsync(cancellationToken);
        return new RecommenderTrainingSet(interactions, users, [.. profiles.Select(ProfileFeatures.Course)])
        {
            Ratings = [.. ratings.Select(r => new StarRating(ProfileFeatures.Key(r.UserId), ProfileFeatures.Key(r.CourseId), r.Stars))],
            ContextCounts = await db.ContextCountsAsync(now.AddDays(-options.LookbackDays), now, analyticsOptions.Value.Zone, cancellationToken),
        };
    }
}
