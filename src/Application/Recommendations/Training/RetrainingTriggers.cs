using KnowledgePay.Application.Profiles.Scoring;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Application.Recommendations.Training;

/// <summary>
/// Which course changes the served model has to learn before it can score the course from its features: the model
/// holds the published catalogue as of its training, with each course's tags, category, creator, lesson kinds and
/// price band (<see cref="CourseFeatures"/>).
/// </summary>
public static class RetrainingTriggers
{
    /// <summary>
    /// Why <paramref name="change"/> to course <paramref name="courseId"/>, which now stands at <paramref name="status"/>
    /// (published at <paramref name="publishedAt"/>, if ever), calls for a new model; null when the model sees no difference.
    /// </summary>
    public static string? ReasonToRetrain(IDomainEvent change, Guid courseId, CourseStatus status, DateTimeOffset? publishedAt)
    {
        if (change is CoursePublishedEvent)
        {
            return $"Course {courseId} was published.";
        }

        if (publishedAt is null)
        {
            return null;
        }

        if (change is CourseArchivedEvent)
        {
            return $"Course {courseId} was archived.";
        }

        return status == CourseStatus.Published && ChangesFeatures(change)
            ? $"Course {courseId} changed its tags, category, price band or lessons."
            : null;
    }

    private static bool ChangesFeatures(IDomainEvent change) => change switch
    {
        CourseTagsChangedEvent or CourseCategoryChangedEvent => true,
        CoursePriceChangedEvent price => PriceBands.Of(price.OldPriceFen) != PriceBands.Of(price.NewPriceFen),
        LessonAddedEvent or LessonEditedEvent or LessonRemovedEvent or ChapterRemovedEvent => true,
        _ => false,
    };
}
