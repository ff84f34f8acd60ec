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
    /// Why the pending changes of <paramref name="course"/> call for a new model; null when the model sees no difference.
    /// Read it before saving: saving hands the course's events over to the audit trail.
    /// </summary>
    public static string? ReasonToRetrain(Course course)
    {
        var events = course.DomainEvents();
        if (events.OfType<CoursePublishedEvent>().Any())
        {
            return $"Course {course.Id} was published.";
        }

        if (course.PublishedAt is null)
        {
            return null;
        }

        if (events.OfType<CourseArchivedEvent>().Any())
        {
            return $"Course {course.Id} was archived.";
        }

        return course.Status == CourseStatus.Published && events.Any(ChangesFeatures)
            ? $"Course {course.Id} changed its tags, category, price band or lessons."
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
