using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.Domain.Reviews;
using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// Demo learners with recent behaviour, so the recommender trained on start has something to learn: each consents to
/// personalisation, keeps to one or two favourite categories (mostly), chose two of their tags at onboarding, and has
/// viewed, clicked, favourited and shared courses over the last weeks, bought a few and reviewed most of those. A fixed seed makes the same
/// learners and choices every run; the dates are relative to <c>now</c> so the events are within the profile window.
/// They log in like anyone else (openid <c>o_demo_learner_01</c> … in the WeChat simulator).
/// </summary>
internal sealed record DemoLearners(
    IReadOnlyList<User> Users, IReadOnlyList<BehaviourEvent> Events, IReadOnlyList<Enrollment> Enrollments, IReadOnlyList<Review> Reviews)
{
    public const int Count = 60;
    public const string OpenIdPrefix = "o_demo_learner_";

    private const int Seed = 20250602;
    private const double StrayShare = 0.15;
    private const double ReviewShare = 0.7;

    private static readonly string?[] LowReviewTexts = [null, "和我想学的不太一样。", "Too basic for me.", "节奏有点慢。"];
    private static readonly string?[] HighReviewTexts = [null, "讲得很清楚，例子实用。", "Clear and practical.", "物超所值，推荐！"];

    private static readonly BehaviourEventKind[] BrowsingKinds =
        [BehaviourEventKind.View, BehaviourEventKind.View, BehaviourEventKind.Click, BehaviourEventKind.Favourite, BehaviourEventKind.Share];

    public static DemoLearners Build(DemoCatalog catalog, DateTimeOffset now)
    {
        var random = new Random(Seed);
        var published = catalog.Courses.Where(c => c.Status == CourseStatus.Published).ToList();
        var byCategory = published.GroupBy(c => c.CategoryId).ToDictionary(g => g.Key, g => g.ToList());
        var categoryIds = byCategory.Keys.Order().ToArray();
        var (users, events, enrollments, reviews) = (new List<User>(), new List<BehaviourEvent>(), new List<Enrollment>(), new List<Review>());
        for (var number = 1; number <= Count; number++)
        {
            var favourites = random.GetItems(categoryIds, 1 + (number % 2)).Distinct().ToArray();
            var user = Learner(number, now);
            user.ChooseInterests(random.GetItems(favourites.SelectMany(f => byCategory[f]).SelectMany(c => c.Tags).Select(t => t.TagId).Distinct().Order().ToArray(), 2));
            users.Add(user);

            var seen = new HashSet<Guid>();
            for (var visit = 0; visit < random.Next(8, 16); visit++)
            {
                var pool = random.NextDouble() < StrayShare ? published : byCategory[favourites[random.Next(favourites.Length)]];
                var course = pool[random.Next(pool.Count)];
                seen.Add(course.Id);
                var at = now.AddDays(-random.Next(1, 28)).AddMinutes(-random.Next(1440));
                events.Add(BehaviourEvent.Track(
                    user.Id, $"seed-{number}-{visit}", BrowsingKinds[random.Next(BrowsingKinds.Length)], course.Id, null, null, "seed", at, now));
            }

            foreach (var courseId in seen.Order().Take(random.Next(1, 4)))
            {
                var at = now.AddDays(-random.Next(1, 28));
                events.Add(BehaviourEvent.RecordByServer(user.Id, $"seed-purchase:{courseId}", BehaviourEventKind.Purchase, courseId, at, now));
                enrollments.Add(Enrollment.ByAdmin(user.Id, courseId, at));
                if (random.NextDouble() < ReviewShare)
                {
                    var course = published.Single(c => c.Id == courseId);
                    reviews.Add(ReviewOf(random, user, course, favourites.Contains(course.CategoryId), at.AddDays(1)));
                }
            }
        }

        // Demo data is not a change anyone made: no audit trail, no reactions.
        foreach (var entity in users.Concat<Entity>(events).Concat(enrollments).Concat(reviews))
        {
            entity.ClearDomainEvents();
        }

        return new DemoLearners(users, events, enrollments, reviews);
    }

    /// <summary>
    /// A learner who holds the course rates it: highly in their favourite categories, lower elsewhere, so the
    /// explicit-rating predictor has a pattern to learn. Seeding dispatches no events, so the course counts the
    /// rating here, as the catalogue's handler of the review's event would.
    /// </summary>
    private static Review ReviewOf(Random random, User user, Course course, bool inFavourites, DateTimeOffset at)
    {
        var stars = inFavourites ? random.Next(4, 6) : random.Next(1, 4);
        var texts = stars >= 4 ? HighReviewTexts : LowReviewTexts;
        var review = Review.Submit(
            course.Id, user.Id, stars, texts[random.Next(texts.Length)], ModerationStatus.Visible, null, at);
        course.RecordRating(stars);
        return review;
    }

    private static User Learner(int number, DateTimeOffset now)
    {
        var user = User.SignUp($"{OpenIdPrefix}{number:D2}", null, EncryptedSessionKey.Of("seeded", now), now);
        user.SetPersonalisationConsent(true, DemoAgreements.ConsentSource, now);
        return user;
    }
}
