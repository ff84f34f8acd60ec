using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Recommendations.Queries;

/// <summary>
/// Turns the model's picks into DTOs whose reasons read as sentences ("Because you took X", "Because you viewed X", "Popular in #数据分析").
/// Names are read for the subjects at hand only: at most one statement each for courses, tags, categories and creators.
/// </summary>
internal static class ReasonTexts
{
    public static async Task<List<RecommendedCourseDto>> DescribeAsync(
        this IApplicationDbContext db, IReadOnlyList<Recommendation> picks, CancellationToken cancellationToken)
    {
        var subjects = picks.Select(pick => Subject.Of(pick.Reason)).ToList();
        var courses = await NamesAsync(
            subjects.Select(s => s.CourseId), ids => db.Courses.Where(c => ids.Contains(c.Id)).Select(c => new Named(c.Id, c.Title)), cancellationToken);
        var tags = await NamesAsync(
            subjects.Select(s => s.TagId), ids => db.Tags.Where(t => ids.Contains(t.Id)).Select(t => new Named(t.Id, t.Name)), cancellationToken);
        var categories = await NamesAsync(
            subjects.Select(s => s.CategoryId), ids => db.Categories.Where(c => ids.Contains(c.Id)).Select(c => new Named(c.Id, c.Name)), cancellationToken);
        var creators = await NamesAsync(
            subjects.Select(s => s.CreatorId), ids => db.Creators.Where(c => ids.Contains(c.Id)).Select(c => new Named(c.Id, c.Name)), cancellationToken);

        return [.. picks.Select((pick, index) =>
        {
            var subject = subjects[index];
            var topic = subject.TagId is { } tag ? tags.GetValueOrDefault(tag)
                : subject.CategoryId is { } category ? categories.GetValueOrDefault(category)
                : null;
            var course = subject.CourseId is { } courseId ? courses.GetValueOrDefault(courseId) : null;
            var text = pick.Reason.Kind switch
            {
                RecommendationReasonKind.BecauseYouTook => $"Because you took {course}",
                RecommendationReasonKind.BecauseYouViewed => $"Because you viewed {course}",
                RecommendationReasonKind.SimilarTo => $"Similar to {course}",
                RecommendationReasonKind.MatchesYourInterest => $"Matches your interest #{topic}",
                RecommendationReasonKind.FromCreatorYouFollow =>
                    $"From {(subject.CreatorId is { } creator ? creators.GetValueOrDefault(creator) : null)}, a creator you like",
                _ => topic is null ? "Popular right now" : $"Popular in #{topic}",
            };
            return new RecommendedCourseDto(
                ProfileFeatures.IdOf(pick.CourseKey),
                pick.Score,
                new RecommendationReasonDto(pick.Reason.Kind, text, subject.CourseId, subject.TagId, subject.CategoryId, subject.CreatorId));
        })];
    }

    private static async Task<Dictionary<Guid, string>> NamesAsync(
        IEnumerable<Guid?> subjects, Func<List<Guid>, IQueryable<Named>> query, CancellationToken cancellationToken)
    {
        var ids = subjects.OfType<Guid>().Distinct().ToList();
        return ids.Count == 0 ? [] : await query(ids).AsNoTracking().ToDictionaryAsync(n => n.Id, n => n.Name, cancellationToken);
    }

    private sealed record Named(Guid Id, string Name);

    /// <summary>What a reason points at, decoded from its subject (a course or creator key, or a feature token).</summary>
    private sealed record Subject(Guid? CourseId, Guid? TagId, Guid? CategoryId, Guid? CreatorId)
    {
        public static Subject Of(RecommendationReason reason)
        {
            switch (reason.Kind)
            {
                case RecommendationReasonKind.BecauseYouTook or RecommendationReasonKind.BecauseYouViewed or RecommendationReasonKind.SimilarTo:
                    return new Subject(ProfileFeatures.IdOf(reason.Subject), null, null, null);
                case RecommendationReasonKind.FromCreatorYouFollow:
                    return new Subject(null, null, null, ProfileFeatures.IdOf(reason.Subject));
                default:
                    var (kind, key) = FeatureToken.Parse(reason.Subject);
                    return kind switch
                    {
                        FeatureToken.Tag => new Subject(null, ProfileFeatures.IdOf(key), null, null),
                        FeatureToken.Category => new Subject(null, null, ProfileFeatures.IdOf(key), null),
                        _ => new Subject(null, null, null, null),
                    };
            }
        }
    }
}
